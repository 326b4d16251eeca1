package com.acme.shop.mapper;

import com.acme.shop.domain.StockItem;
import com.acme.shop.domain.Warehouse;
import com.acme.shop.dto.StockItemDto;
import com.acme.shop.dto.WarehouseDto;
import org.springframework.stereotype.Component;

@Component
public class InventoryMapper {

    public StockItemDto toDto(StockItem s) {
        StockItemDto dto = new StockItemDto();
        dto.setId(s.getId());
        dto.setSku(s.getProduct().getSku());
        dto.setWarehouseCode(s.getWarehouse().getCode());
        dto.setOnHand(s.getQuantityOnHand());
        dto.setReserved(s.getQuantityReserved());
        dto.setAvailable(s.getAvailable());
        dto.setReorderLevel(s.getReorderLevel());
        return dto;
    }

    public WarehouseDto toDto(Warehouse w) {
        return new WarehouseDto(w.getId(), w.getCode(), w.getName(), w.getCity(), w.isActive());
    }
}
