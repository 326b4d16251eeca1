package shop.billing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import shop.util.Money;

/** Charges customers and keeps their invoices. */
@Service
public class BillingService {
    private final List<Invoice> invoices = new ArrayList<>();

    public synchronized String charge(String customer, long cents) {
        Invoice invoice = new Invoice("INV-" + (invoices.size() + 1), customer, new Money(cents));
        invoices.add(invoice);
        return invoice.number();
    }
}
