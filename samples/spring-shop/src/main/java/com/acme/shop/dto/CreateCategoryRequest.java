package com.acme.shop.dto;

import jakarta.validation.constraints.NotBlank;

public record CreateCategoryRequest(@NotBlank String name, String description, String parentSlug) {
}
