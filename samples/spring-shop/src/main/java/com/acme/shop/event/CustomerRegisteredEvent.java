package com.acme.shop.event;

/**
 * Published after a customer signed up.
 */
public record CustomerRegisteredEvent(Long customerId, String email) {
}
