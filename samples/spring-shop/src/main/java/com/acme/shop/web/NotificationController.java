package com.acme.shop.web;

import com.acme.shop.dto.NotificationDto;
import com.acme.shop.dto.NotificationTemplateDto;
import com.acme.shop.service.NotificationService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

    private final NotificationService notificationService;

    public NotificationController(NotificationService notificationService) {
        this.notificationService = notificationService;
    }

    @GetMapping
    public List<NotificationDto> ofCustomer(@RequestParam Long customerId) {
        return notificationService.forCustomer(customerId);
    }

    @GetMapping("/ops")
    public List<NotificationDto> ops() {
        return notificationService.forOps();
    }

    @GetMapping("/templates")
    public List<NotificationTemplateDto> templates() {
        return notificationService.templates();
    }
}
