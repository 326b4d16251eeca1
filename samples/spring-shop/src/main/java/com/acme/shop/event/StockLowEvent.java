package com.acme.shop.event;

/**
 * Published when free stock of a product in a warehouse falls to its reorder level.
 */
public record StockLowEvent(String sku, String warehouseCode, int available) {
}
