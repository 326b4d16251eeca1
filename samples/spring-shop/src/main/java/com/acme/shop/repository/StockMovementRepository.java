package com.acme.shop.repository;

import com.acme.shop.domain.StockMovement;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StockMovementRepository extends JpaRepository<StockMovement, Long> {

    List<StockMovement> findByReferenceOrderByIdAsc(String reference);

    List<StockMovement> findByStockItemIdOrderByIdAsc(Long stockItemId);
}
