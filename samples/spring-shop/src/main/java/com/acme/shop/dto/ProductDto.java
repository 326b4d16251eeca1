package com.acme.shop.dto;

import java.math.BigDecimal;
import java.util.List;

public record ProductDto(Long id, String sku, String name, String description, String brand, BigDecimal price,
                         int weightGrams, String status, List<String> categories) {
}
