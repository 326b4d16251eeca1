package com.acme.shop.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.shop.domain.Product;
import com.acme.shop.domain.StockItem;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * The hand-written SQL against stock_item, on the seed data: the inventory queries and the
 * orders-side native update that releases reservations.
 */
@DataJpaTest(showSql = false)
@Import(InventoryJdbcDao.class) // same context as NightlyStockReconciliationJobTest
class StockSqlTest {

    @Autowired
    StockItemRepository stockItemRepository;

    @Autowired
    OrderLineRepository orderLineRepository;

    @Autowired
    ProductRepository productRepository;

    @Autowired
    EntityManager entityManager;

    @Test
    void availabilityIgnoresInactiveWarehouses() {
        Product pan = productRepository.findBySku("HK-002").orElseThrow();
        assertThat(stockItemRepository.sumAvailable(pan.getId())).isEqualTo(8);
        assertThat(stockItemRepository.findActiveByProduct(pan.getId()))
                .extracting(s -> s.getWarehouse().getCode()).containsExactly("HAM");
    }

    @Test
    void releaseReservedStockUpdatesOnlyTheNamedWarehouse() {
        Product book = productRepository.findBySku("BK-001").orElseThrow();
        stockItemRepository.findActiveByProduct(book.getId()).forEach(s -> s.setQuantityReserved(3));
        entityManager.flush();

        int rows = orderLineRepository.releaseReservedStock(book.getId(), "BER", 2);
        entityManager.clear();

        assertThat(rows).isEqualTo(1);
        assertThat(stockItemRepository.findActiveByProduct(book.getId()))
                .extracting(StockItem::getQuantityReserved).containsExactly(1, 3);
    }

    @Test
    void belowReorderLevelListsSeededLowStock() {
        stockItemRepository.findByProductIdAndWarehouseCode(
                productRepository.findBySku("EL-001").orElseThrow().getId(), "BER").orElseThrow().setQuantityReserved(2);
        entityManager.flush();
        assertThat(stockItemRepository.findBelowReorderLevel())
                .extracting(s -> s.getProduct().getSku()).containsExactly("EL-001");
    }
}
