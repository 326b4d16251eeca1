package com.example.bikes.system;

/**
 * Thrown when a bike, customer, rental or service job asked for by id does not exist.
 */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
    }
}
