package com.acme.shop.web;

import com.acme.shop.dto.PaymentDto;
import com.acme.shop.service.PaymentService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments")
public class PaymentController {

    private final PaymentService paymentService;

    public PaymentController(PaymentService paymentService) {
        this.paymentService = paymentService;
    }

    @GetMapping
    public List<PaymentDto> ofOrder(@RequestParam Long orderId) {
        return paymentService.paymentsOfOrder(orderId);
    }

    @GetMapping("/{id}")
    public PaymentDto get(@PathVariable Long id) {
        return paymentService.getPayment(id);
    }

    /** Accounting books a received bank transfer. */
    @PostMapping("/{id}/capture")
    public PaymentDto capture(@PathVariable Long id) {
        return paymentService.capture(id);
    }
}
