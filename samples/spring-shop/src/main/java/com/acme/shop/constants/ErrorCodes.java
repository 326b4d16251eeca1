package com.acme.shop.constants;

/**
 * Error codes returned in {@code ErrorResponse.code}. The mobile app switches on them: never rename.
 */
public final class ErrorCodes {

    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String DUPLICATE_EMAIL = "DUPLICATE_EMAIL";
    public static final String OUT_OF_STOCK = "OUT_OF_STOCK";
    public static final String PAYMENT_DECLINED = "PAYMENT_DECLINED";
    public static final String INVALID_ORDER_STATE = "INVALID_ORDER_STATE";
    public static final String PRODUCT_UNAVAILABLE = "PRODUCT_UNAVAILABLE";
    public static final String REVIEW_NOT_ALLOWED = "REVIEW_NOT_ALLOWED";
    public static final String EMPTY_CART = "EMPTY_CART";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private ErrorCodes() {
    }
}
