package com.acme.shop.web;

import com.acme.shop.dto.WarehouseDto;
import com.acme.shop.service.WarehouseService;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/warehouses")
public class WarehouseController {

    private final WarehouseService warehouseService;

    public WarehouseController(WarehouseService warehouseService) {
        this.warehouseService = warehouseService;
    }

    @GetMapping
    public List<WarehouseDto> list() {
        return warehouseService.list();
    }

    @GetMapping("/{code}")
    public WarehouseDto get(@PathVariable String code) {
        return warehouseService.get(code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public WarehouseDto create(@Valid @RequestBody WarehouseDto warehouse) {
        return warehouseService.create(warehouse);
    }

    @PostMapping("/{code}/deactivate")
    public WarehouseDto deactivate(@PathVariable String code) {
        return warehouseService.setActive(code, false);
    }
}
