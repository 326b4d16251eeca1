package com.acme.shop.service;

import com.acme.shop.domain.Order;
import com.acme.shop.domain.OrderLine;
import com.acme.shop.util.CollectionUtils;
import com.acme.shop.util.MoneyUtils;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Order totals: subtotal, loyalty-tier discount, shipping on the discounted goods value, tax on the
 * goods only (shipping is tax-free for us since the 2016 tax advice), total.
 */
@Component
public class PriceCalculator {

    private final ShopManager shopManager;
    private final ShippingService shippingService;

    public PriceCalculator(ShopManager shopManager, ShippingService shippingService) {
        this.shopManager = shopManager;
        this.shippingService = shippingService;
    }

    public void price(Order order) {
        for (OrderLine line : order.getLines()) {
            line.setLineTotal(MoneyUtils.times(line.getUnitPrice(), line.getQuantity()));
        }
        BigDecimal subtotal = MoneyUtils.sum(CollectionUtils.map(order.getLines(), OrderLine::getLineTotal));
        BigDecimal discount = shopManager.customerDiscount(order.getCustomer(), subtotal);
        BigDecimal net = MoneyUtils.round(subtotal.subtract(discount));
        BigDecimal shipping = shippingService.standardCost(order.getCarrier(), order.getTotalWeightGrams(), net);
        BigDecimal tax = shopManager.taxOn(net);
        order.setSubtotal(subtotal);
        order.setDiscount(discount);
        order.setShippingCost(shipping);
        order.setTax(tax);
        order.setTotal(MoneyUtils.round(net.add(tax).add(shipping)));
    }
}
