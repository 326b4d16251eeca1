package com.acme.shop.repository;

import com.acme.shop.domain.StockItem;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StockItemRepository extends JpaRepository<StockItem, Long> {

    @Query("select s from StockItem s where s.product.id = :productId and s.warehouse.active = true "
            + "order by s.warehouse.code")
    List<StockItem> findActiveByProduct(@Param("productId") Long productId);

    Optional<StockItem> findByProductIdAndWarehouseCode(Long productId, String warehouseCode);

    List<StockItem> findByWarehouseCodeOrderByProductSkuAsc(String warehouseCode);

    @Query("select s from StockItem s where (s.quantityOnHand - s.quantityReserved) <= s.reorderLevel "
            + "order by s.product.sku, s.warehouse.code")
    List<StockItem> findBelowReorderLevel();

    @Query(value = "SELECT COALESCE(SUM(quantity_on_hand - quantity_reserved), 0) FROM stock_item s "
            + "JOIN warehouse w ON w.id = s.warehouse_id WHERE s.product_id = :productId AND w.active = TRUE",
            nativeQuery = true)
    int sumAvailable(@Param("productId") Long productId);
}
