package com.acme.shop.dto;

import com.acme.shop.domain.enums.Carrier;
import com.acme.shop.domain.enums.PaymentMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

public record PlaceOrderRequest(@NotNull Long customerId, @NotEmpty @Valid List<OrderLineRequest> lines,
                                @NotNull PaymentMethod paymentMethod, String cardNumber, Carrier carrier,
                                Long shippingAddressId) {
}
