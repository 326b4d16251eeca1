package shop.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import shop.orders.OrderService;
import shop.util.Money;

/** Charges customers for the orders it places. */
public class Billing {
    private final List<Invoice> invoices = new ArrayList<>();
    private final OrderService orders = new OrderService();

    @JsonProperty("count")
    public int count() {
        return invoices.size();
    }

    public String order(String customer, long cents) {
        orders.place(customer, cents);
        invoices.add(new Invoice(customer, new Money(cents)));
        return "INV-" + invoices.size();
    }
}
