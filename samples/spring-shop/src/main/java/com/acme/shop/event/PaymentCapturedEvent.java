package com.acme.shop.event;

import java.math.BigDecimal;

/**
 * Published when money for an order was captured (card at checkout, invoice when the transfer arrived).
 */
public record PaymentCapturedEvent(Long paymentId, Long orderId, Long customerId, BigDecimal amount) {
}
