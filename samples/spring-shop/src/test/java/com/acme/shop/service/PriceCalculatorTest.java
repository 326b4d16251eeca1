package com.acme.shop.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.acme.shop.domain.Customer;
import com.acme.shop.domain.Order;
import com.acme.shop.domain.OrderLine;
import com.acme.shop.domain.Product;
import com.acme.shop.domain.enums.Carrier;
import com.acme.shop.domain.enums.CustomerTier;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

    private final ShopManager shopManager = mock(ShopManager.class);
    private final ShippingService shippingService = mock(ShippingService.class);
    private final PriceCalculator calculator = new PriceCalculator(shopManager, shippingService);

    @BeforeEach
    void settings() {
        when(shopManager.taxRate()).thenReturn(new BigDecimal("0.20"));
        when(shopManager.taxOn(any())).thenCallRealMethod();
        when(shopManager.customerDiscount(any(), any())).thenCallRealMethod();
    }

    @Test
    void goldCustomerGetsTenPercentOffAndPaysTaxOnDiscountedGoodsOnly() {
        when(shippingService.standardCost(eq(Carrier.DHL), anyInt(), any())).thenReturn(new BigDecimal("12.10"));
        Order order = order(CustomerTier.GOLD, line("39.00", 2, 2600));

        calculator.price(order);

        assertThat(order.getLines().get(0).getLineTotal()).isEqualByComparingTo("78.00");
        assertThat(order.getSubtotal()).isEqualByComparingTo("78.00");
        assertThat(order.getDiscount()).isEqualByComparingTo("7.80");
        assertThat(order.getTax()).isEqualByComparingTo("14.04");
        assertThat(order.getShippingCost()).isEqualByComparingTo("12.10");
        assertThat(order.getTotal()).isEqualByComparingTo("96.34");
    }

    @Test
    void shippingIsPricedOnTheDiscountedGoodsValueAndTotalWeight() {
        when(shippingService.standardCost(Carrier.DHL, 3300, new BigDecimal("154.30"))).thenReturn(BigDecimal.ZERO);
        Order order = order(CustomerTier.STANDARD, line("54.90", 2, 1200), line("44.50", 1, 900));

        calculator.price(order);

        assertThat(order.getDiscount()).isEqualByComparingTo("0");
        assertThat(order.getTax()).isEqualByComparingTo("30.86");
        assertThat(order.getTotal()).isEqualByComparingTo("185.16");
    }

    private static Order order(CustomerTier tier, OrderLine... lines) {
        Customer customer = new Customer();
        customer.setTier(tier);
        Order order = new Order();
        order.setCustomer(customer);
        order.setCarrier(Carrier.DHL);
        for (OrderLine line : lines) {
            order.addLine(line);
        }
        return order;
    }

    private static OrderLine line(String price, int quantity, int weightGrams) {
        Product product = new Product();
        product.setPrice(new BigDecimal(price));
        product.setWeightGrams(weightGrams);
        OrderLine line = new OrderLine();
        line.setProduct(product);
        line.setUnitPrice(product.getPrice());
        line.setQuantity(quantity);
        return line;
    }
}
