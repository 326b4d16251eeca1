package com.acme.shop.listener;

import com.acme.shop.event.OrderCancelledEvent;
import com.acme.shop.event.PaymentCapturedEvent;
import com.acme.shop.service.LoyaltyService;
import com.acme.shop.util.MoneyUtils;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Books loyalty points for captured payments and takes them back for refunds.
 */
@Component
public class LoyaltyPointsListener {

    private final LoyaltyService loyaltyService;

    public LoyaltyPointsListener(LoyaltyService loyaltyService) {
        this.loyaltyService = loyaltyService;
    }

    @EventListener
    public void onPaymentCaptured(PaymentCapturedEvent event) {
        loyaltyService.award(event.customerId(), event.amount());
    }

    @EventListener
    public void onOrderCancelled(OrderCancelledEvent event) {
        if (MoneyUtils.isPositive(event.refunded())) {
            loyaltyService.revoke(event.customerId(), event.refunded());
        }
    }
}
