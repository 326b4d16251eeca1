package com.acme.shop.dto;

import com.acme.shop.domain.enums.Carrier;
import com.acme.shop.domain.enums.PaymentMethod;
import jakarta.validation.constraints.NotNull;

public record CheckoutRequest(@NotNull PaymentMethod paymentMethod, String cardNumber, Carrier carrier,
                              Long shippingAddressId) {
}
