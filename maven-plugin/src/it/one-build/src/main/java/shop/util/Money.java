package shop.util;

/** An amount in cents. */
public record Money(long cents) {
}
