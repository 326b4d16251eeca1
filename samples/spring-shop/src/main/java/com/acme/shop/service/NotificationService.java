package com.acme.shop.service;

import com.acme.shop.config.ShopProperties;
import com.acme.shop.constants.SettingKeys;
import com.acme.shop.domain.Customer;
import com.acme.shop.domain.Notification;
import com.acme.shop.domain.NotificationTemplate;
import com.acme.shop.domain.enums.NotificationChannel;
import com.acme.shop.domain.enums.NotificationStatus;
import com.acme.shop.dto.NotificationDto;
import com.acme.shop.dto.NotificationTemplateDto;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.NotificationMapper;
import com.acme.shop.repository.NotificationRepository;
import com.acme.shop.repository.NotificationTemplateRepository;
import com.acme.shop.util.CollectionUtils;
import com.acme.shop.util.StringUtils;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders templates and writes the outbox; the senders deliver.
 */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notificationRepository;
    private final NotificationTemplateRepository templateRepository;
    private final List<NotificationSender> senders;
    private final TemplateRenderer renderer;
    private final NotificationMapper notificationMapper;
    private final ShopManager shopManager;
    private final ShopProperties properties;

    public NotificationService(NotificationRepository notificationRepository,
                               NotificationTemplateRepository templateRepository, List<NotificationSender> senders,
                               TemplateRenderer renderer, NotificationMapper notificationMapper,
                               ShopManager shopManager, ShopProperties properties) {
        this.notificationRepository = notificationRepository;
        this.templateRepository = templateRepository;
        this.senders = senders;
        this.renderer = renderer;
        this.notificationMapper = notificationMapper;
        this.shopManager = shopManager;
        this.properties = properties;
    }

    /** Sends a template to a customer; SMS templates go out only when SMS is on and a phone is known. */
    public void notifyCustomer(Customer customer, String templateCode, Map<String, String> values) {
        NotificationTemplate template = template(templateCode);
        String recipient = customer.getEmail();
        if (template.getChannel() == NotificationChannel.SMS) {
            if (!shopManager.isEnabled(SettingKeys.SMS_ENABLED) || StringUtils.isBlank(customer.getPhone())) {
                return;
            }
            recipient = customer.getPhone();
        }
        Notification n = build(template, recipient, values);
        n.setCustomer(customer);
        deliver(n);
    }

    public void notifyOps(String templateCode, Map<String, String> values) {
        deliver(build(template(templateCode), properties.getOpsEmail(), values));
    }

    @Transactional(readOnly = true)
    public List<NotificationDto> forCustomer(Long customerId) {
        shopManager.findCustomer(customerId);
        return CollectionUtils.map(notificationRepository.findByCustomerIdOrderByIdAsc(customerId),
                notificationMapper::toDto);
    }

    @Transactional(readOnly = true)
    public List<NotificationDto> forOps() {
        return CollectionUtils.map(notificationRepository.findByRecipientOrderByIdAsc(properties.getOpsEmail()),
                notificationMapper::toDto);
    }

    @Transactional(readOnly = true)
    public List<NotificationTemplateDto> templates() {
        return CollectionUtils.map(templateRepository.findAllByOrderByCodeAsc(), notificationMapper::toDto);
    }

    private NotificationTemplate template(String code) {
        return templateRepository.findByCode(code).orElseThrow(() -> new ResourceNotFoundException("Template", code));
    }

    private Notification build(NotificationTemplate template, String recipient, Map<String, String> values) {
        Notification n = new Notification();
        n.setRecipient(recipient);
        n.setChannel(template.getChannel());
        n.setTemplateCode(template.getCode());
        n.setSubject(renderer.render(template.getSubject(), values));
        n.setBody(renderer.render(template.getBody(), values));
        return n;
    }

    private void deliver(Notification n) {
        boolean sent = senders.stream()
                .filter(s -> s.channel() == n.getChannel())
                .findFirst()
                .map(s -> s.send(n))
                .orElse(false);
        n.setStatus(sent ? NotificationStatus.SENT : NotificationStatus.FAILED);
        notificationRepository.save(n);
    }
}
