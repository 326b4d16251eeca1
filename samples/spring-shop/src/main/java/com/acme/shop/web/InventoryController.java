package com.acme.shop.web;

import com.acme.shop.dto.StockAdjustmentRequest;
import com.acme.shop.dto.StockAvailabilityDto;
import com.acme.shop.dto.StockItemDto;
import com.acme.shop.service.InventoryService;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inventory")
public class InventoryController {

    private final InventoryService inventoryService;

    public InventoryController(InventoryService inventoryService) {
        this.inventoryService = inventoryService;
    }

    @GetMapping("/products/{productId}")
    public StockAvailabilityDto availability(@PathVariable Long productId) {
        return inventoryService.availability(productId);
    }

    @GetMapping("/warehouses/{code}")
    public List<StockItemDto> stockOfWarehouse(@PathVariable String code) {
        return inventoryService.stockOfWarehouse(code);
    }

    @PostMapping("/adjustments")
    public StockItemDto adjust(@Valid @RequestBody StockAdjustmentRequest request) {
        return inventoryService.adjust(request);
    }

    @GetMapping("/low-stock")
    public List<StockItemDto> lowStock() {
        return inventoryService.lowStock();
    }
}
