package com.acme.shop.exception;

public class ShipmentNotFoundException extends ResourceNotFoundException {

    public ShipmentNotFoundException(Object key) {
        super("Shipment", key);
    }
}
