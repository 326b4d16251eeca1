package com.acme.shop.exception;

/**
 * A request that is well-formed but breaks a business rule (HTTP 422 unless a subclass says otherwise).
 */
public class BusinessRuleException extends ShopException {

    public BusinessRuleException(String code, String message) {
        super(code, message);
    }
}
