package shop.billing;

import shop.util.Money;

/** A bill sent to a customer. */
public record Invoice(String customer, Money amount) {
}
