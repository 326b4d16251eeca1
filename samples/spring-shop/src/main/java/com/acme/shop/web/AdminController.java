package com.acme.shop.web;

import com.acme.shop.domain.AuditLog;
import com.acme.shop.domain.ShopSetting;
import com.acme.shop.dto.AuditLogDto;
import com.acme.shop.dto.SettingDto;
import com.acme.shop.service.ShopManager;
import com.acme.shop.util.CollectionUtils;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Back-office screens: shop settings and the audit trail.
 */
@RestController
@RequestMapping("/api/admin")
public class AdminController {

    private final ShopManager shopManager;

    public AdminController(ShopManager shopManager) {
        this.shopManager = shopManager;
    }

    @GetMapping("/settings")
    public List<SettingDto> settings() {
        return CollectionUtils.map(shopManager.editableSettings(), AdminController::toDto);
    }

    @PutMapping("/settings/{key}")
    public SettingDto update(@PathVariable String key, @Valid @RequestBody SettingDto setting) {
        return toDto(shopManager.updateSetting(key, setting.value()));
    }

    @GetMapping("/audit")
    public List<AuditLogDto> audit(@RequestParam String entityType, @RequestParam(required = false) String entityId) {
        return CollectionUtils.map(shopManager.auditTrail(entityType, entityId), AdminController::toDto);
    }

    private static SettingDto toDto(ShopSetting s) {
        return new SettingDto(s.getKey(), s.getValue(), s.getDescription());
    }

    private static AuditLogDto toDto(AuditLog a) {
        return new AuditLogDto(a.getId(), a.getEntityType(), a.getEntityId(), a.getAction(), a.getDetails(),
                a.getActor());
    }
}
