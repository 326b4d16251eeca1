package com.acme.shop.dto;

public record ReviewDto(Long id, Long productId, String author, int rating, String comment) {
}
