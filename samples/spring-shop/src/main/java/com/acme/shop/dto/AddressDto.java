package com.acme.shop.dto;

import jakarta.validation.constraints.NotBlank;

public record AddressDto(Long id, @NotBlank String street, @NotBlank String city, String zip, String country,
                         boolean defaultShipping) {
}
