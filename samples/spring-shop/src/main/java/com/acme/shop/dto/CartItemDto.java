package com.acme.shop.dto;

import java.math.BigDecimal;

public record CartItemDto(Long productId, String sku, String name, int quantity, BigDecimal unitPrice,
                          BigDecimal lineTotal) {
}
