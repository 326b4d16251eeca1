package com.acme.shop.dto;

/**
 * Answer of a payment provider: approved or not, its reference and, when declined, why.
 */
public record GatewayResponse(boolean approved, boolean pending, String reference, String declineReason) {

    public static GatewayResponse approved(String reference) {
        return new GatewayResponse(true, false, reference, null);
    }

    public static GatewayResponse pending(String reference) {
        return new GatewayResponse(true, true, reference, null);
    }

    public static GatewayResponse declined(String reason) {
        return new GatewayResponse(false, false, null, reason);
    }
}
