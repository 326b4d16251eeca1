package com.acme.shop.dto;

public record NotificationTemplateDto(String code, String channel, String subject) {
}
