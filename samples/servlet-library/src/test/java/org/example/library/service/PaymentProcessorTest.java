package org.example.library.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.example.library.exception.BusinessRuleException;
import org.example.library.exception.ValidationException;
import org.example.library.model.Fine;
import org.example.library.model.Money;
import org.junit.jupiter.api.Test;

class PaymentProcessorTest {

    private final PaymentProcessor processor = new PaymentProcessor();
    private final List<Fine> fines = List.of(fine(1, 800), fine(2, 450));

    @Test
    void paysTheOldestFineFirstAndReducesTheNext() {
        List<PaymentProcessor.Allocation> result = processor.allocate(fines, Money.ofCents(1000));
        assertEquals(2, result.size());
        assertEquals(Money.ofCents(800), result.get(0).getAmount());
        assertTrue(result.get(0).isSettling());
        assertEquals(Money.ofCents(200), result.get(1).getAmount());
        assertFalse(result.get(1).isSettling());
    }

    @Test
    void anExactPaymentSettlesEverything() {
        List<PaymentProcessor.Allocation> result = processor.allocate(fines, Money.ofCents(1250));
        assertTrue(result.stream().allMatch(PaymentProcessor.Allocation::isSettling));
    }

    @Test
    void overpaymentAndNonPositiveAmountsAreRefused() {
        assertEquals("payment of 12.51 exceeds the balance of 12.50",
                assertThrows(BusinessRuleException.class, () -> processor.allocate(fines, Money.ofCents(1251))).getMessage());
        assertThrows(ValidationException.class, () -> processor.allocate(fines, Money.ZERO));
    }

    private static Fine fine(long id, long cents) {
        Fine f = new Fine();
        f.setId(id);
        f.setAmount(Money.ofCents(cents));
        return f;
    }
}
