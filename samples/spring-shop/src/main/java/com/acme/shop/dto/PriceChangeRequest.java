package com.acme.shop.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

public record PriceChangeRequest(@NotNull @DecimalMin("0.01") BigDecimal price, String reason) {
}
