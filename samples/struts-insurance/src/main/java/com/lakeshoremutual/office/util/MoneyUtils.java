package com.lakeshoremutual.office.util;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Dollar amounts: parsing what clerks type ("1,250", "$1,250.00") and formatting for the pages and reports.
 */
public final class MoneyUtils {

    private MoneyUtils() {
    }

    /** The amount with two decimals, or null when the text is not an amount. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.trim().replace("$", "").replace(",", "");
        if (!cleaned.matches("-?\\d+(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(cleaned).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** "$1,163.04"; negative amounts in parentheses, as the accounts office prints them. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        String text = format.format(amount.abs());
        return amount.signum() < 0 ? "($" + text + ")" : "$" + text;
    }

    /** Plain "1163.04" for CSV files. */
    public static String plain(BigDecimal amount) {
        return amount == null ? "" : round(amount).toPlainString();
    }
}
