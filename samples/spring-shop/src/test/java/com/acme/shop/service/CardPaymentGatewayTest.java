package com.acme.shop.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.shop.domain.enums.PaymentMethod;
import com.acme.shop.dto.GatewayResponse;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CardPaymentGatewayTest {

    private final CardPaymentGateway gateway = new CardPaymentGateway("0002");

    @Test
    void approvesAValidCardWithAReferenceNamingOrderAndLastDigits() {
        GatewayResponse r = gateway.authorize("ORD-10001", new BigDecimal("10.00"), "4111 1111 1111 1111");
        assertThat(r.approved()).isTrue();
        assertThat(r.pending()).isFalse();
        assertThat(r.reference()).isEqualTo("AUTH-ORD-10001-1111");
    }

    @Test
    void declinesLuhnInvalidNumbersAndTheDeclineSuffix() {
        assertThat(gateway.authorize("X", BigDecimal.TEN, "4111111111111112").declineReason())
                .isEqualTo("invalid card number");
        assertThat(gateway.authorize("X", BigDecimal.TEN, "4000-0000-0000-0002").declineReason())
                .isEqualTo("insufficient funds");
    }

    @Test
    void onlyHandlesCards() {
        assertThat(gateway.supports(PaymentMethod.CARD)).isTrue();
        assertThat(gateway.supports(PaymentMethod.INVOICE)).isFalse();
    }
}
