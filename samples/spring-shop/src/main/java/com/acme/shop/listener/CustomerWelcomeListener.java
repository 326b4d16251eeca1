package com.acme.shop.listener;

import com.acme.shop.domain.Customer;
import com.acme.shop.event.CustomerRegisteredEvent;
import com.acme.shop.service.NotificationService;
import com.acme.shop.service.ShopManager;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class CustomerWelcomeListener {

    private final NotificationService notificationService;
    private final ShopManager shopManager;

    public CustomerWelcomeListener(NotificationService notificationService, ShopManager shopManager) {
        this.notificationService = notificationService;
        this.shopManager = shopManager;
    }

    @EventListener
    public void onRegistered(CustomerRegisteredEvent event) {
        Customer customer = shopManager.findCustomer(event.customerId());
        notificationService.notifyCustomer(customer, "WELCOME", Map.of("firstName", customer.getFirstName()));
    }
}
