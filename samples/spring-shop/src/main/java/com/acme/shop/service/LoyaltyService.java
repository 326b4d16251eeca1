package com.acme.shop.service;

import com.acme.shop.constants.ShopConstants;
import com.acme.shop.domain.Customer;
import com.acme.shop.domain.enums.CustomerTier;
import com.acme.shop.dto.LoyaltyDto;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loyalty points: one point per full euro paid; tiers are never downgraded automatically.
 */
@Service
@Transactional
public class LoyaltyService {

    private final ShopManager shopManager;

    public LoyaltyService(ShopManager shopManager) {
        this.shopManager = shopManager;
    }

    public static int pointsFor(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.DOWN).intValueExact();
    }

    public static CustomerTier tierFor(int points) {
        if (points >= ShopConstants.LOYALTY_GOLD_POINTS) {
            return CustomerTier.GOLD;
        }
        if (points >= ShopConstants.LOYALTY_SILVER_POINTS) {
            return CustomerTier.SILVER;
        }
        return CustomerTier.STANDARD;
    }

    public void award(Long customerId, BigDecimal amount) {
        Customer customer = shopManager.findCustomer(customerId);
        customer.setLoyaltyPoints(customer.getLoyaltyPoints() + pointsFor(amount));
        CustomerTier earned = tierFor(customer.getLoyaltyPoints());
        if (earned.compareTo(customer.getTier()) > 0) {
            customer.setTier(earned);
            shopManager.audit("Customer", customerId, "TIER_UPGRADED", earned.name());
        }
    }

    public void revoke(Long customerId, BigDecimal amount) {
        Customer customer = shopManager.findCustomer(customerId);
        customer.setLoyaltyPoints(Math.max(0, customer.getLoyaltyPoints() - pointsFor(amount)));
    }

    @Transactional(readOnly = true)
    public LoyaltyDto loyalty(Long customerId) {
        Customer customer = shopManager.findCustomer(customerId);
        int points = customer.getLoyaltyPoints();
        int toNext;
        if (customer.getTier() == CustomerTier.GOLD) {
            toNext = 0;
        } else if (customer.getTier() == CustomerTier.SILVER) {
            toNext = Math.max(0, ShopConstants.LOYALTY_GOLD_POINTS - points);
        } else {
            toNext = Math.max(0, ShopConstants.LOYALTY_SILVER_POINTS - points);
        }
        return new LoyaltyDto(customerId, points, customer.getTier().name(), toNext);
    }
}
