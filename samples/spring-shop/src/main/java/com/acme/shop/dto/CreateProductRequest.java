package com.acme.shop.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

public record CreateProductRequest(@NotBlank String sku, @NotBlank String name, String description, String brand,
                                   @NotNull @DecimalMin("0.01") BigDecimal price, @PositiveOrZero int weightGrams,
                                   List<String> categories) {
}
