package com.acme.shop.exception;

/**
 * Root of all business exceptions; carries an error code from {@code ErrorCodes}.
 */
public class ShopException extends RuntimeException {

    private final String code;

    public ShopException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
