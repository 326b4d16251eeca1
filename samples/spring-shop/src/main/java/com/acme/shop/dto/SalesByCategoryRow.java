package com.acme.shop.dto;

import java.math.BigDecimal;

public record SalesByCategoryRow(String category, long orders, long units, BigDecimal revenue) {
}
