package com.acme.shop.exception;

import com.acme.shop.constants.ErrorCodes;

/**
 * Something looked up by id or key does not exist (HTTP 404).
 */
public class ResourceNotFoundException extends ShopException {

    public ResourceNotFoundException(String what, Object key) {
        super(ErrorCodes.NOT_FOUND, what + " " + key + " not found");
    }
}
