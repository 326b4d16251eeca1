package com.acme.shop.service;

import com.acme.shop.domain.enums.PaymentMethod;
import com.acme.shop.dto.GatewayResponse;
import com.acme.shop.util.MoneyUtils;
import com.acme.shop.util.StringUtils;
import com.acme.shop.util.ValidationUtils;
import java.math.BigDecimal;

/**
 * Card payments (in-house simulator of the acquirer): Luhn-invalid numbers and numbers ending with
 * the configured suffix are declined, everything else is captured at once.
 */
public class CardPaymentGateway implements PaymentGateway {

    private final String declineSuffix;

    public CardPaymentGateway(String declineSuffix) {
        this.declineSuffix = declineSuffix;
    }

    @Override
    public boolean supports(PaymentMethod method) {
        return method == PaymentMethod.CARD;
    }

    @Override
    public GatewayResponse authorize(String reference, BigDecimal amount, String cardNumber) {
        String digits = StringUtils.digitsOnly(cardNumber);
        if (!ValidationUtils.isValidLuhn(digits)) {
            return GatewayResponse.declined("invalid card number");
        }
        if (!MoneyUtils.isPositive(amount)) {
            return GatewayResponse.declined("invalid amount");
        }
        if (digits.endsWith(declineSuffix)) {
            return GatewayResponse.declined("insufficient funds");
        }
        return GatewayResponse.approved("AUTH-" + reference + "-" + StringUtils.lastChars(digits, 4));
    }

    @Override
    public String refund(String gatewayReference, BigDecimal amount) {
        return "RF-" + gatewayReference;
    }
}
