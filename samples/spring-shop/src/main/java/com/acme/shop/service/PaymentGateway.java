package com.acme.shop.service;

import com.acme.shop.domain.enums.PaymentMethod;
import com.acme.shop.dto.GatewayResponse;
import java.math.BigDecimal;

/**
 * A payment provider.
 */
public interface PaymentGateway {

    boolean supports(PaymentMethod method);

    /** Asks the provider for {@code amount}; {@code reference} is our order number. */
    GatewayResponse authorize(String reference, BigDecimal amount, String cardNumber);

    /** Gives a captured amount back; returns the provider's refund reference. */
    String refund(String gatewayReference, BigDecimal amount);
}
