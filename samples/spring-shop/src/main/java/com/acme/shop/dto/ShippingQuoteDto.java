package com.acme.shop.dto;

import java.math.BigDecimal;

public record ShippingQuoteDto(String carrier, boolean express, int weightGrams, BigDecimal cost, boolean freeShipping) {
}
