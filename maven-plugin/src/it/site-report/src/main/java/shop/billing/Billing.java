package shop.billing;

import java.util.ArrayList;
import java.util.List;
import shop.util.Money;

/** Charges customers and keeps their invoices. */
public class Billing {
    private final List<Invoice> invoices = new ArrayList<>();

    public String charge(String customer, long cents) {
        invoices.add(new Invoice(customer, new Money(cents)));
        return "INV-" + invoices.size();
    }
}
