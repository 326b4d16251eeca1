package shop.billing;

import shop.util.Money;

/** A bill sent to a customer. */
public record Invoice(String number, String customer, Money amount) {
}
