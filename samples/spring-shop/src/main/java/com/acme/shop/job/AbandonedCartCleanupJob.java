package com.acme.shop.job;

import com.acme.shop.config.ShopProperties;
import com.acme.shop.domain.Cart;
import com.acme.shop.domain.enums.CartStatus;
import com.acme.shop.repository.CartRepository;
import com.acme.shop.service.ShopManager;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night at 03:15 marks carts untouched for {@code shop.carts.abandon-after-days} as abandoned.
 */
@Component
public class AbandonedCartCleanupJob {

    private static final Logger log = LoggerFactory.getLogger(AbandonedCartCleanupJob.class);

    private final CartRepository cartRepository;
    private final ShopManager shopManager;
    private final ShopProperties properties;

    public AbandonedCartCleanupJob(CartRepository cartRepository, ShopManager shopManager, ShopProperties properties) {
        this.cartRepository = cartRepository;
        this.shopManager = shopManager;
        this.properties = properties;
    }

    @Scheduled(cron = "${shop.jobs.cart-cleanup.cron:0 15 3 * * *}", zone = "Europe/Berlin")
    @Transactional
    public void markAbandonedCarts() {
        List<Cart> stale = cartRepository.findStaleOpenCarts(
                shopManager.now().minusDays(properties.getCarts().getAbandonAfterDays()));
        stale.forEach(c -> c.setStatus(CartStatus.ABANDONED));
        log.info("{} carts marked abandoned", stale.size());
    }
}
