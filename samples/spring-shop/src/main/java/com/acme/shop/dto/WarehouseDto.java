package com.acme.shop.dto;

import jakarta.validation.constraints.NotBlank;

public record WarehouseDto(Long id, @NotBlank String code, @NotBlank String name, String city, boolean active) {
}
