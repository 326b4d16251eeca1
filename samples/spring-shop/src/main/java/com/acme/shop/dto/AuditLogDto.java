package com.acme.shop.dto;

public record AuditLogDto(Long id, String entityType, String entityId, String action, String details,
                          String actor) {
}
