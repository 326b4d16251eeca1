package org.example.library.service;

import org.example.library.util.StringUtil;

/**
 * Library card numbers: branch prefix 2907, the member id on nine digits, and a Luhn check digit,
 * so the barcode scanners at the desk can reject misreads.
 */
public final class MembershipCardGenerator {

    public static final String BRANCH_PREFIX = "2907";

    private MembershipCardGenerator() {
    }

    public static String cardNumber(long memberId) {
        String body = BRANCH_PREFIX + StringUtil.leftPad(Long.toString(memberId), 9, '0');
        return body + luhnDigit(body);
    }

    public static boolean isValid(String cardNumber) {
        if (cardNumber == null || cardNumber.length() < 2 || !cardNumber.chars().allMatch(Character::isDigit)) {
            return false;
        }
        String body = cardNumber.substring(0, cardNumber.length() - 1);
        return luhnDigit(body) == cardNumber.charAt(cardNumber.length() - 1) - '0';
    }

    static int luhnDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
