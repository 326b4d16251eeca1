package com.acme.shop.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.acme.shop.domain.Customer;
import com.acme.shop.domain.enums.CustomerTier;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LoyaltyServiceTest {

    private final ShopManager shopManager = mock(ShopManager.class);
    private final LoyaltyService loyaltyService = new LoyaltyService(shopManager);

    @Test
    void onePointPerFullEuro() {
        assertThat(LoyaltyService.pointsFor(new BigDecimal("716.99"))).isEqualTo(716);
        assertThat(LoyaltyService.pointsFor(new BigDecimal("0.99"))).isZero();
    }

    @Test
    void tiersByPoints() {
        assertThat(LoyaltyService.tierFor(499)).isEqualTo(CustomerTier.STANDARD);
        assertThat(LoyaltyService.tierFor(500)).isEqualTo(CustomerTier.SILVER);
        assertThat(LoyaltyService.tierFor(2000)).isEqualTo(CustomerTier.GOLD);
    }

    @Test
    void awardUpgradesTheTierAndAuditsIt() {
        Customer grace = customer(CustomerTier.STANDARD, 120);

        loyaltyService.award(2L, new BigDecimal("716.40"));

        assertThat(grace.getLoyaltyPoints()).isEqualTo(836);
        assertThat(grace.getTier()).isEqualTo(CustomerTier.SILVER);
        verify(shopManager).audit(eq("Customer"), eq(2L), eq("TIER_UPGRADED"), eq("SILVER"));
    }

    @Test
    void revokeNeverDowngradesTheTierNorGoesNegative() {
        Customer ada = customer(CustomerTier.GOLD, 50);

        loyaltyService.revoke(2L, new BigDecimal("96.34"));

        assertThat(ada.getLoyaltyPoints()).isZero();
        assertThat(ada.getTier()).isEqualTo(CustomerTier.GOLD);
        verify(shopManager, never()).audit(anyString(), any(), anyString(), anyString());
    }

    private Customer customer(CustomerTier tier, int points) {
        Customer c = new Customer();
        c.setTier(tier);
        c.setLoyaltyPoints(points);
        when(shopManager.findCustomer(2L)).thenReturn(c);
        return c;
    }
}
