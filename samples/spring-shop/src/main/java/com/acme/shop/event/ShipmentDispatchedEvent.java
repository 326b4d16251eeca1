package com.acme.shop.event;

/**
 * Published when the carrier picked up the parcel.
 */
public record ShipmentDispatchedEvent(Long shipmentId, Long orderId, String trackingNumber) {
}
