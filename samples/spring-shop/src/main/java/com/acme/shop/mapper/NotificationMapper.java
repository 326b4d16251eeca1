package com.acme.shop.mapper;

import com.acme.shop.domain.Notification;
import com.acme.shop.domain.NotificationTemplate;
import com.acme.shop.dto.NotificationDto;
import com.acme.shop.dto.NotificationTemplateDto;
import org.springframework.stereotype.Component;

@Component
public class NotificationMapper {

    public NotificationDto toDto(Notification n) {
        NotificationDto dto = new NotificationDto();
        dto.setId(n.getId());
        dto.setCustomerId(n.getCustomer() == null ? null : n.getCustomer().getId());
        dto.setRecipient(n.getRecipient());
        dto.setChannel(n.getChannel().name());
        dto.setStatus(n.getStatus().name());
        dto.setTemplateCode(n.getTemplateCode());
        dto.setSubject(n.getSubject());
        dto.setBody(n.getBody());
        return dto;
    }

    public NotificationTemplateDto toDto(NotificationTemplate t) {
        return new NotificationTemplateDto(t.getCode(), t.getChannel().name(), t.getSubject());
    }
}
