package com.acme.shop.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.acme.shop.domain.StockItem;
import com.acme.shop.repository.InventoryJdbcDao;
import com.acme.shop.repository.ProductRepository;
import com.acme.shop.repository.StockItemRepository;
import com.acme.shop.service.ShopManager;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly job on the seed data: reservations without an open order are put back to what open
 * orders hold, and each fix leaves a row in audit_log.
 */
@DataJpaTest(showSql = false)
@Import(InventoryJdbcDao.class)
class NightlyStockReconciliationJobTest {

    @Autowired
    InventoryJdbcDao inventoryJdbcDao;

    @Autowired
    StockItemRepository stockItemRepository;

    @Autowired
    ProductRepository productRepository;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    EntityManager entityManager;

    @Test
    void resetsDriftedReservationsAndAuditsThem() {
        Long cupsId = productRepository.findBySku("HK-001").orElseThrow().getId();
        StockItem cupsInBerlin = stockItemRepository.findByProductIdAndWarehouseCode(cupsId, "BER").orElseThrow();
        cupsInBerlin.setQuantityReserved(7);
        entityManager.flush();
        assertThat(inventoryJdbcDao.findReservationDrift()).hasSize(1);

        ShopManager shopManager = mock(ShopManager.class);
        when(shopManager.now()).thenReturn(LocalDateTime.of(2026, 1, 1, 2, 30));
        new NightlyStockReconciliationJob(inventoryJdbcDao, shopManager).reconcile();
        entityManager.clear();

        assertThat(stockItemRepository.findById(cupsInBerlin.getId()).orElseThrow().getQuantityReserved()).isZero();
        assertThat(inventoryJdbcDao.findReservationDrift()).isEmpty();
        assertThat(jdbcTemplate.queryForObject(
                "SELECT details FROM audit_log WHERE action = 'RESERVATION_FIXED'", String.class)).isEqualTo("7 -> 0");
    }
}
