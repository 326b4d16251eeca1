package com.acme.shop.event;

import java.math.BigDecimal;

/**
 * Published when an order was cancelled; {@code refunded} is the amount given back (0 if nothing was paid).
 */
public record OrderCancelledEvent(Long orderId, String orderNumber, Long customerId, BigDecimal refunded) {
}
