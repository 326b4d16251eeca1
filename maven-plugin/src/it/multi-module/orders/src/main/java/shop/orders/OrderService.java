package shop.orders;

import shop.util.Money;

/** Places orders. */
public class OrderService {
    public Order place(String customer, long cents) {
        return new Order(customer, new Money(cents));
    }
}
