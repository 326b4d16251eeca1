package com.acme.shop.web;

import com.acme.shop.dto.AddCartItemRequest;
import com.acme.shop.dto.CartDto;
import com.acme.shop.dto.CheckoutRequest;
import com.acme.shop.dto.OrderDto;
import com.acme.shop.service.CartService;
import com.acme.shop.service.CheckoutService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/carts")
public class CartController {

    /** Body of POST /api/carts. */
    public record CreateCartRequest(@NotNull Long customerId) {
    }

    private final CartService cartService;
    private final CheckoutService checkoutService;

    public CartController(CartService cartService, CheckoutService checkoutService) {
        this.cartService = cartService;
        this.checkoutService = checkoutService;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public CartDto create(@Valid @RequestBody CreateCartRequest request) {
        return cartService.create(request.customerId());
    }

    @GetMapping("/{id}")
    public CartDto get(@PathVariable Long id) {
        return cartService.get(id);
    }

    @PostMapping("/{id}/items")
    public CartDto addItem(@PathVariable Long id, @Valid @RequestBody AddCartItemRequest request) {
        return cartService.addItem(id, request);
    }

    @DeleteMapping("/{id}/items/{productId}")
    public CartDto removeItem(@PathVariable Long id, @PathVariable Long productId) {
        return cartService.removeItem(id, productId);
    }

    @PostMapping("/{id}/checkout")
    @ResponseStatus(HttpStatus.CREATED)
    public OrderDto checkout(@PathVariable Long id, @Valid @RequestBody CheckoutRequest request) {
        return checkoutService.checkout(id, request);
    }
}
