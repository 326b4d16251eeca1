package shop.orders;

import shop.util.Money;

/** An order of one customer. */
public class Order {
    private final String customer;
    private final Money total;

    public Order(String customer, Money total) {
        this.customer = customer;
        this.total = total;
    }

    public String customer() {
        return customer;
    }

    public Money total() {
        return total;
    }
}
