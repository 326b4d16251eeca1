package com.acme.shop.exception;

public class ProductNotFoundException extends ResourceNotFoundException {

    public ProductNotFoundException(Object key) {
        super("Product", key);
    }
}
