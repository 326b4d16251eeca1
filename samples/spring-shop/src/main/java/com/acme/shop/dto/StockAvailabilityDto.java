package com.acme.shop.dto;

public record StockAvailabilityDto(Long productId, String sku, int onHand, int reserved, int available,
                                   boolean inStock) {
}
