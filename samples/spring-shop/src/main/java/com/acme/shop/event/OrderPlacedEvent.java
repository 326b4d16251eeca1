package com.acme.shop.event;

/**
 * Published when an order has been stored, stock reserved and payment requested.
 */
public record OrderPlacedEvent(Long orderId, String orderNumber, Long customerId) {
}
