package com.acme.shop.service;

import com.acme.shop.domain.enums.PaymentMethod;
import com.acme.shop.dto.GatewayResponse;
import java.math.BigDecimal;

/**
 * Pay by invoice: nothing is charged at checkout; the payment stays pending until accounting
 * books the bank transfer (POST /api/payments/{id}/capture).
 */
public class BankTransferGateway implements PaymentGateway {

    @Override
    public boolean supports(PaymentMethod method) {
        return method == PaymentMethod.INVOICE;
    }

    @Override
    public GatewayResponse authorize(String reference, BigDecimal amount, String cardNumber) {
        return GatewayResponse.pending("BT-" + reference);
    }

    @Override
    public String refund(String gatewayReference, BigDecimal amount) {
        return "BT-RF-" + gatewayReference;
    }
}
