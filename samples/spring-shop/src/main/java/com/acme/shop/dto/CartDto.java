package com.acme.shop.dto;

import java.math.BigDecimal;
import java.util.List;

public record CartDto(Long id, Long customerId, String status, List<CartItemDto> items, BigDecimal total) {
}
