package shop.orders;

import shop.util.Money;

/** An order of one customer. */
public record Order(String customer, Money total, String invoice) {
}
