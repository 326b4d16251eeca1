package com.acme.shop.dto;

public record LoyaltyDto(Long customerId, int points, String tier, int pointsToNextTier) {
}
