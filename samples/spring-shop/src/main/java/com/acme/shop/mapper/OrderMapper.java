package com.acme.shop.mapper;

import com.acme.shop.domain.Cart;
import com.acme.shop.domain.CartItem;
import com.acme.shop.domain.Order;
import com.acme.shop.domain.OrderLine;
import com.acme.shop.dto.CartDto;
import com.acme.shop.dto.CartItemDto;
import com.acme.shop.dto.OrderDto;
import com.acme.shop.dto.OrderLineDto;
import com.acme.shop.util.CollectionUtils;
import com.acme.shop.util.MoneyUtils;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class OrderMapper {

    public OrderDto toDto(Order o) {
        OrderDto dto = new OrderDto();
        dto.setId(o.getId());
        dto.setOrderNumber(o.getOrderNumber());
        dto.setCustomerId(o.getCustomer().getId());
        dto.setCustomerEmail(o.getCustomer().getEmail());
        dto.setStatus(o.getStatus().name());
        dto.setPaymentMethod(o.getPaymentMethod() == null ? null : o.getPaymentMethod().name());
        dto.setCarrier(o.getCarrier() == null ? null : o.getCarrier().name());
        dto.setLines(CollectionUtils.map(o.getLines(), this::toDto));
        dto.setSubtotal(o.getSubtotal());
        dto.setDiscount(o.getDiscount());
        dto.setTax(o.getTax());
        dto.setShippingCost(o.getShippingCost());
        dto.setTotal(o.getTotal());
        dto.setPlacedAt(o.getPlacedAt());
        return dto;
    }

    public OrderLineDto toDto(OrderLine l) {
        OrderLineDto dto = new OrderLineDto();
        dto.setProductId(l.getProduct().getId());
        dto.setSku(l.getProduct().getSku());
        dto.setProductName(l.getProduct().getName());
        dto.setQuantity(l.getQuantity());
        dto.setUnitPrice(l.getUnitPrice());
        dto.setLineTotal(l.getLineTotal());
        return dto;
    }

    public CartDto toDto(Cart cart) {
        List<CartItemDto> items = CollectionUtils.map(cart.getItems(), this::toDto);
        return new CartDto(cart.getId(), cart.getCustomer().getId(), cart.getStatus().name(), items,
                MoneyUtils.sum(CollectionUtils.map(items, CartItemDto::lineTotal)));
    }

    public CartItemDto toDto(CartItem item) {
        return new CartItemDto(item.getProduct().getId(), item.getProduct().getSku(), item.getProduct().getName(),
                item.getQuantity(), item.getProduct().getPrice(),
                MoneyUtils.times(item.getProduct().getPrice(), item.getQuantity()));
    }
}
