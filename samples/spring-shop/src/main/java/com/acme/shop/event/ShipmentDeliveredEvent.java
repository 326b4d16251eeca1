package com.acme.shop.event;

/**
 * Published when the carrier reported the delivery.
 */
public record ShipmentDeliveredEvent(Long shipmentId, Long orderId) {
}
