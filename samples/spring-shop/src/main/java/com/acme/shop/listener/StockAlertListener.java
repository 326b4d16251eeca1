package com.acme.shop.listener;

import com.acme.shop.event.StockLowEvent;
import com.acme.shop.service.NotificationService;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the ops team when a product runs low in a warehouse.
 */
@Component
public class StockAlertListener {

    private final NotificationService notificationService;

    public StockAlertListener(NotificationService notificationService) {
        this.notificationService = notificationService;
    }

    @EventListener
    public void onStockLow(StockLowEvent event) {
        notificationService.notifyOps("STOCK_LOW", Map.of(
                "sku", event.sku(),
                "warehouse", event.warehouseCode(),
                "available", Integer.toString(event.available())));
    }
}
