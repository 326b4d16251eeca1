package com.acme.shop.job;

import com.acme.shop.repository.InventoryJdbcDao;
import com.acme.shop.service.ShopManager;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night at 02:30 puts {@code stock_item.quantity_reserved} back in line with the open orders
 * (reservations drift when a cancel fails half-way, see SHOP-1432).
 */
@Component
public class NightlyStockReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(NightlyStockReconciliationJob.class);

    private final InventoryJdbcDao inventoryJdbcDao;
    private final ShopManager shopManager;

    public NightlyStockReconciliationJob(InventoryJdbcDao inventoryJdbcDao, ShopManager shopManager) {
        this.inventoryJdbcDao = inventoryJdbcDao;
        this.shopManager = shopManager;
    }

    @Scheduled(cron = "${shop.jobs.stock-reconciliation.cron:0 30 2 * * *}", zone = "Europe/Berlin")
    @Transactional
    public void reconcile() {
        int fixed = 0;
        for (Map<String, Object> row : inventoryJdbcDao.findReservationDrift()) {
            long id = ((Number) row.get("stock_item_id")).longValue();
            int expected = ((Number) row.get("expected")).intValue();
            int booked = ((Number) row.get("booked")).intValue();
            inventoryJdbcDao.fixReserved(id, expected);
            inventoryJdbcDao.audit(Long.toString(id), "RESERVATION_FIXED", booked + " -> " + expected, shopManager.now());
            fixed++;
        }
        log.info("stock reconciliation fixed {} rows", fixed);
    }
}
