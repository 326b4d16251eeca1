package com.acme.shop.dto;

import java.math.BigDecimal;

public record TopProductRow(String sku, String name, long units, BigDecimal revenue) {
}
