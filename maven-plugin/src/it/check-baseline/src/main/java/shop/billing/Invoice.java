package shop.billing;

import shop.orders.Order;
import shop.util.Money;

/** A bill sent to a customer. */
public record Invoice(String customer, Money amount) {
    /** New since the baseline: an invoice for a whole order. */
    public static Invoice of(Order order) {
        return new Invoice(order.customer(), order.total());
    }
}
