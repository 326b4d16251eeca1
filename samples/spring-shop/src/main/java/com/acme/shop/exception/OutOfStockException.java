package com.acme.shop.exception;

import com.acme.shop.constants.ErrorCodes;

/**
 * Not enough free stock over all warehouses (HTTP 409).
 */
public class OutOfStockException extends BusinessRuleException {

    private final String sku;

    public OutOfStockException(String sku, int requested, int available) {
        super(ErrorCodes.OUT_OF_STOCK, "Only " + available + " of " + sku + " available, " + requested + " requested");
        this.sku = sku;
    }

    public String getSku() {
        return sku;
    }
}
