package com.acme.shop.web;

import com.acme.shop.domain.enums.Carrier;
import com.acme.shop.dto.ShipmentDto;
import com.acme.shop.dto.ShippingQuoteDto;
import com.acme.shop.service.ShippingService;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class ShipmentController {

    private final ShippingService shippingService;

    public ShipmentController(ShippingService shippingService) {
        this.shippingService = shippingService;
    }

    @GetMapping("/shipping/quote")
    public ShippingQuoteDto quote(@RequestParam Carrier carrier, @RequestParam int weightGrams,
                                  @RequestParam(defaultValue = "false") boolean express,
                                  @RequestParam(required = false) BigDecimal orderValue) {
        return shippingService.quote(carrier, weightGrams, express, orderValue);
    }

    @GetMapping("/shipments/{id}")
    public ShipmentDto get(@PathVariable Long id) {
        return shippingService.get(id);
    }

    @GetMapping("/shipments")
    public ShipmentDto ofOrder(@RequestParam Long orderId) {
        return shippingService.byOrder(orderId);
    }

    @PostMapping("/shipments/{id}/dispatch")
    public ShipmentDto dispatch(@PathVariable Long id) {
        return shippingService.dispatch(id);
    }

    @PostMapping("/shipments/{id}/deliver")
    public ShipmentDto deliver(@PathVariable Long id) {
        return shippingService.deliver(id);
    }
}
