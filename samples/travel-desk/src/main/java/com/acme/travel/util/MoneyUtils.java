package com.acme.travel.util;

import com.acme.travel.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;

/**
 * Money helpers used all over the place (pages, services, the request converter).
 */
public final class MoneyUtils {

    private static final Pattern AMOUNT = Pattern.compile("^(\\d{1,9}(?:\\.\\d{1,2})?)\\s*([A-Za-z]{3})$");

    private MoneyUtils() {
    }

    /** "1500EUR", "1500.5 eur" -> Money; anything else is an IllegalArgumentException. */
    public static Money parse(String text) {
        String trimmed = StringUtils.trimToEmpty(text);
        Matcher m = AMOUNT.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + trimmed + "' is not an amount such as 1500EUR");
        }
        return Money.of(new BigDecimal(m.group(1)), m.group(2).toUpperCase(Locale.ROOT));
    }

    /** 1150 EUR -> "1,150.00 EUR" whatever the server's locale. */
    public static String format(Money money) {
        if (money == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%,.2f %s", money.getAmount(), money.getCurrency());
    }

    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
