package com.acme.shop.exception;

public class CustomerNotFoundException extends ResourceNotFoundException {

    public CustomerNotFoundException(Object key) {
        super("Customer", key);
    }
}
