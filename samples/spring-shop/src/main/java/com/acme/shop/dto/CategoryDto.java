package com.acme.shop.dto;

public record CategoryDto(Long id, String name, String slug, String parent) {
}
