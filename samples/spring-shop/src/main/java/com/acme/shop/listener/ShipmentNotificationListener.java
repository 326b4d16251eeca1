package com.acme.shop.listener;

import com.acme.shop.domain.Order;
import com.acme.shop.event.ShipmentDispatchedEvent;
import com.acme.shop.exception.OrderNotFoundException;
import com.acme.shop.repository.OrderRepository;
import com.acme.shop.service.NotificationService;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class ShipmentNotificationListener {

    private final NotificationService notificationService;
    private final OrderRepository orderRepository;

    public ShipmentNotificationListener(NotificationService notificationService, OrderRepository orderRepository) {
        this.notificationService = notificationService;
        this.orderRepository = orderRepository;
    }

    @EventListener
    public void onDispatched(ShipmentDispatchedEvent event) {
        Order order = orderRepository.findById(event.orderId())
                .orElseThrow(() -> new OrderNotFoundException(event.orderId()));
        notificationService.notifyCustomer(order.getCustomer(), "SHIPMENT_DISPATCHED", Map.of(
                "firstName", order.getCustomer().getFirstName(),
                "orderNumber", order.getOrderNumber(),
                "carrier", order.getCarrier().name(),
                "trackingNumber", event.trackingNumber()));
    }
}
