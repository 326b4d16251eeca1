package com.acme.shop.config;

import com.acme.shop.service.BankTransferGateway;
import com.acme.shop.service.CardPaymentGateway;
import com.acme.shop.service.PaymentGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Payment providers. Production used to point the card gateway at the acquirer; since the PSP
 * contract ended we run the in-house simulator everywhere.
 */
@Configuration
public class PaymentGatewayConfig {

    @Bean
    public PaymentGateway cardPaymentGateway(ShopProperties properties) {
        return new CardPaymentGateway(properties.getPayments().getDeclineSuffix());
    }

    @Bean
    public PaymentGateway bankTransferGateway() {
        return new BankTransferGateway();
    }
}
