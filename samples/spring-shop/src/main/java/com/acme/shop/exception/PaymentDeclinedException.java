package com.acme.shop.exception;

import com.acme.shop.constants.ErrorCodes;

/**
 * The payment provider refused the payment (HTTP 402).
 */
public class PaymentDeclinedException extends BusinessRuleException {

    public PaymentDeclinedException(String reason) {
        super(ErrorCodes.PAYMENT_DECLINED, "Payment declined: " + reason);
    }
}
