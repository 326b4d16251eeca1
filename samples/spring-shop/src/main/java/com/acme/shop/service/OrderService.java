package com.acme.shop.service;

import com.acme.shop.dto.OrderDto;
import com.acme.shop.dto.PlaceOrderRequest;
import java.util.List;

/**
 * Orders: placing (reserve, price, invoice, pay, ship), reading, cancelling.
 */
public interface OrderService {

    OrderDto placeOrder(PlaceOrderRequest request);

    OrderDto getOrder(Long id);

    OrderDto getOrderByNumber(String orderNumber);

    List<OrderDto> ordersOfCustomer(Long customerId);

    OrderDto cancel(Long id);
}
