package com.acme.shop.dto;

import jakarta.validation.constraints.NotBlank;

public record SettingDto(String key, @NotBlank String value, String description) {
}
