package com.acme.shop.exception;

public class OrderNotFoundException extends ResourceNotFoundException {

    public OrderNotFoundException(Object key) {
        super("Order", key);
    }
}
