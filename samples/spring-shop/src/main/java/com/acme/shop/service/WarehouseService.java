package com.acme.shop.service;

import com.acme.shop.constants.ErrorCodes;
import com.acme.shop.domain.Warehouse;
import com.acme.shop.dto.WarehouseDto;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.InventoryMapper;
import com.acme.shop.repository.WarehouseRepository;
import com.acme.shop.util.CollectionUtils;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class WarehouseService {

    private final WarehouseRepository warehouseRepository;
    private final InventoryMapper inventoryMapper;

    public WarehouseService(WarehouseRepository warehouseRepository, InventoryMapper inventoryMapper) {
        this.warehouseRepository = warehouseRepository;
        this.inventoryMapper = inventoryMapper;
    }

    @Transactional(readOnly = true)
    public List<WarehouseDto> list() {
        return CollectionUtils.map(warehouseRepository.findAllByOrderByCodeAsc(), inventoryMapper::toDto);
    }

    @Transactional(readOnly = true)
    public WarehouseDto get(String code) {
        return warehouseRepository.findByCode(code).map(inventoryMapper::toDto)
                .orElseThrow(() -> new ResourceNotFoundException("Warehouse", code));
    }

    public WarehouseDto create(WarehouseDto dto) {
        String code = dto.code().trim().toUpperCase(Locale.ROOT);
        if (warehouseRepository.findByCode(code).isPresent()) {
            throw new BusinessRuleException(ErrorCodes.VALIDATION_FAILED, "Warehouse " + code + " exists");
        }
        Warehouse w = new Warehouse();
        w.setCode(code);
        w.setName(dto.name());
        w.setCity(dto.city());
        w.setActive(true);
        return inventoryMapper.toDto(warehouseRepository.save(w));
    }

    public WarehouseDto setActive(String code, boolean active) {
        Warehouse w = warehouseRepository.findByCode(code)
                .orElseThrow(() -> new ResourceNotFoundException("Warehouse", code));
        w.setActive(active);
        return inventoryMapper.toDto(w);
    }
}
