package com.acme.shop.service;

import com.acme.shop.constants.ErrorCodes;
import com.acme.shop.domain.Cart;
import com.acme.shop.domain.enums.CartStatus;
import com.acme.shop.dto.CheckoutRequest;
import com.acme.shop.dto.OrderDto;
import com.acme.shop.dto.OrderLineRequest;
import com.acme.shop.dto.PlaceOrderRequest;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.util.CollectionUtils;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a cart into an order.
 */
@Service
@Transactional
public class CheckoutService {

    private final CartService cartService;
    private final OrderService orderService;

    public CheckoutService(CartService cartService, OrderService orderService) {
        this.cartService = cartService;
        this.orderService = orderService;
    }

    public OrderDto checkout(Long cartId, CheckoutRequest request) {
        Cart cart = cartService.openCart(cartId);
        if (CollectionUtils.isEmpty(cart.getItems())) {
            throw new BusinessRuleException(ErrorCodes.EMPTY_CART, "Cart " + cartId + " is empty");
        }
        List<OrderLineRequest> lines = CollectionUtils.map(cart.getItems(),
                i -> new OrderLineRequest(i.getProduct().getId(), i.getQuantity()));
        OrderDto order = orderService.placeOrder(new PlaceOrderRequest(cart.getCustomer().getId(), lines,
                request.paymentMethod(), request.cardNumber(), request.carrier(), request.shippingAddressId()));
        cart.setStatus(CartStatus.CHECKED_OUT);
        return order;
    }
}
