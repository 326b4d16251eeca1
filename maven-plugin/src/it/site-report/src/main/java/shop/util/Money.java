package shop.util;

/** An amount in cents: shared by every service. */
public record Money(long cents) {
    public Money plus(Money other) {
        return new Money(cents + other.cents);
    }
}
