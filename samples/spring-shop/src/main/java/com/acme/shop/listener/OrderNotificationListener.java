package com.acme.shop.listener;

import com.acme.shop.constants.ShopConstants;
import com.acme.shop.domain.Order;
import com.acme.shop.domain.enums.PaymentMethod;
import com.acme.shop.event.OrderCancelledEvent;
import com.acme.shop.event.OrderPlacedEvent;
import com.acme.shop.event.PaymentCapturedEvent;
import com.acme.shop.exception.OrderNotFoundException;
import com.acme.shop.repository.OrderRepository;
import com.acme.shop.service.NotificationService;
import com.acme.shop.util.MoneyUtils;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails the customer about their order: confirmation, cancellation, bank transfer received.
 */
@Component
public class OrderNotificationListener {

    private final NotificationService notificationService;
    private final OrderRepository orderRepository;

    public OrderNotificationListener(NotificationService notificationService, OrderRepository orderRepository) {
        this.notificationService = notificationService;
        this.orderRepository = orderRepository;
    }

    @EventListener
    public void onOrderPlaced(OrderPlacedEvent event) {
        Order order = order(event.orderId());
        notificationService.notifyCustomer(order.getCustomer(), "ORDER_CONFIRMATION", values(order));
        notificationService.notifyCustomer(order.getCustomer(), "ORDER_CONFIRMATION_SMS", values(order));
    }

    @EventListener
    public void onOrderCancelled(OrderCancelledEvent event) {
        Order order = order(event.orderId());
        Map<String, String> values = values(order);
        values.put("refunded", MoneyUtils.format(event.refunded(), ShopConstants.CURRENCY));
        notificationService.notifyCustomer(order.getCustomer(), "ORDER_CANCELLED", values);
    }

    @EventListener
    public void onPaymentCaptured(PaymentCapturedEvent event) {
        Order order = order(event.orderId());
        if (order.getPaymentMethod() == PaymentMethod.INVOICE) {
            notificationService.notifyCustomer(order.getCustomer(), "PAYMENT_RECEIVED", values(order));
        }
    }

    private Order order(Long id) {
        return orderRepository.findById(id).orElseThrow(() -> new OrderNotFoundException(id));
    }

    private static Map<String, String> values(Order order) {
        Map<String, String> values = new HashMap<>();
        values.put("firstName", order.getCustomer().getFirstName());
        values.put("orderNumber", order.getOrderNumber());
        values.put("total", MoneyUtils.format(order.getTotal(), ShopConstants.CURRENCY));
        return values;
    }
}
