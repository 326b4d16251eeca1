package com.acme.shop.service;

import com.acme.shop.domain.Order;
import com.acme.shop.domain.Product;
import com.acme.shop.domain.Warehouse;
import com.acme.shop.dto.StockAdjustmentRequest;
import com.acme.shop.dto.StockAvailabilityDto;
import com.acme.shop.dto.StockItemDto;
import java.util.List;

/**
 * Stock per product and warehouse: availability, reservations for orders, shipments, corrections.
 */
public interface InventoryService {

    StockAvailabilityDto availability(Long productId);

    /** Reserves {@code quantity} in one warehouse and returns that warehouse's code. */
    String reserve(Product product, int quantity, String reference);

    /** Takes reserved stock of a dispatched order off the shelves. */
    void commitShipment(Order order);

    /** The warehouse an order ships from (the one its first line was reserved in). */
    Warehouse shippingWarehouse(Order order);

    StockItemDto adjust(StockAdjustmentRequest request);

    List<StockItemDto> stockOfWarehouse(String warehouseCode);

    List<StockItemDto> lowStock();
}
