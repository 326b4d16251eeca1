package com.acme.shop.repository;

import com.acme.shop.domain.OrderLine;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderLineRepository extends JpaRepository<OrderLine, Long> {

    List<OrderLine> findByOrderId(Long orderId);

    /**
     * Gives reserved stock back when an order is cancelled. Quick fix from 2019 (SHOP-1432): going
     * through the inventory service caused a deadlock with the nightly reconciliation, so we update
     * the warehouse table directly.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "UPDATE stock_item SET quantity_reserved = quantity_reserved - :qty "
            + "WHERE product_id = :productId "
            + "AND warehouse_id = (SELECT w.id FROM warehouse w WHERE w.code = :warehouseCode)",
            nativeQuery = true)
    int releaseReservedStock(@Param("productId") Long productId,
                             @Param("warehouseCode") String warehouseCode,
                             @Param("qty") int qty);
}
