package com.acme.shop.util;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Money arithmetic. All amounts are EUR with two decimals, rounded half-up (as the accountants want).
 */
public final class MoneyUtils {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    public static final BigDecimal HUNDRED = new BigDecimal("100");

    private MoneyUtils() {
    }

    public static BigDecimal round(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String amount) {
        return round(new BigDecimal(amount));
    }

    public static BigDecimal times(BigDecimal price, int quantity) {
        return round(price.multiply(BigDecimal.valueOf(quantity)));
    }

    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return round(amount.multiply(percent).divide(HUNDRED, 4, RoundingMode.HALF_UP));
    }

    public static BigDecimal rate(BigDecimal amount, BigDecimal rate) {
        return round(amount.multiply(rate));
    }

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        return round(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public static boolean isPositive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }

    public static boolean greaterOrEqual(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0;
    }

    public static String format(BigDecimal amount, String currency) {
        return round(amount).toPlainString() + " " + currency;
    }
}
