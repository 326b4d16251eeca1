package com.acme.shop.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

public record StockAdjustmentRequest(@NotNull Long productId, @NotBlank String warehouseCode, int delta, String reason) {
}
