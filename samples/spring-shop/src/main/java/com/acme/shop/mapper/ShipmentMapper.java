package com.acme.shop.mapper;

import com.acme.shop.domain.Shipment;
import com.acme.shop.dto.ShipmentDto;
import org.springframework.stereotype.Component;

@Component
public class ShipmentMapper {

    public ShipmentDto toDto(Shipment s) {
        ShipmentDto dto = new ShipmentDto();
        dto.setId(s.getId());
        dto.setOrderId(s.getOrder().getId());
        dto.setOrderNumber(s.getOrder().getOrderNumber());
        dto.setCarrier(s.getCarrier().name());
        dto.setStatus(s.getStatus().name());
        dto.setTrackingNumber(s.getTrackingNumber());
        dto.setWarehouseCode(s.getWarehouse() == null ? null : s.getWarehouse().getCode());
        dto.setWeightGrams(s.getWeightGrams());
        dto.setCost(s.getCost());
        dto.setShipTo(s.getShipTo());
        return dto;
    }
}
