package shop.orders;

import shop.billing.Billing;
import shop.util.Money;

/** Places orders and has them billed. */
public class OrderService {
    private final Billing billing = new Billing();

    public Order place(String customer, long cents) {
        Order order = new Order(customer, new Money(cents));
        billing.charge(customer, cents);
        return order;
    }
}
