package com.acme.shop.service;

import com.acme.shop.domain.Order;
import com.acme.shop.domain.Payment;
import com.acme.shop.dto.PaymentDto;
import java.math.BigDecimal;
import java.util.List;

/**
 * Payments of orders.
 */
public interface PaymentService {

    /** Charges the order total with the order's payment method; throws PaymentDeclinedException. */
    Payment charge(Order order, String cardNumber);

    /** Books a pending payment (bank transfer received). */
    PaymentDto capture(Long paymentId);

    /** Refunds what was captured for the order; returns the refunded amount (zero if nothing). */
    BigDecimal refund(Order order);

    List<PaymentDto> paymentsOfOrder(Long orderId);

    PaymentDto getPayment(Long id);
}
