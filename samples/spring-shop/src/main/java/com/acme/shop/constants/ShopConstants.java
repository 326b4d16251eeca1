package com.acme.shop.constants;

/**
 * Shop-wide constants.
 */
public final class ShopConstants {

    public static final String CURRENCY = "EUR";
    public static final String SYSTEM_USER = "system";
    public static final String API_PREFIX = "/api";
    public static final String ORDER_PREFIX = "ORD";
    public static final String INVOICE_PREFIX = "INV";
    public static final int INVOICE_PAYMENT_TERM_DAYS = 14;
    public static final int DEFAULT_REORDER_LEVEL = 5;
    public static final int MAX_QUANTITY_PER_LINE = 20;
    public static final int LOYALTY_SILVER_POINTS = 500;
    public static final int LOYALTY_GOLD_POINTS = 2000;
    public static final String OPS_EMAIL = "ops@acme-shop.example";

    private ShopConstants() {
    }
}
