package com.acme.shop.service;

import com.acme.shop.domain.Notification;
import com.acme.shop.domain.enums.NotificationChannel;
import com.acme.shop.util.ValidationUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * E-mail. The SMTP relay was switched off in favour of the marketing platform's pick-up of
 * {@code notification_outbox}; we only log here and mark the row as sent.
 */
@Component
public class EmailNotificationSender implements NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(EmailNotificationSender.class);

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public boolean send(Notification notification) {
        if (!ValidationUtils.isValidEmail(notification.getRecipient())) {
            log.warn("not sending mail to invalid address {}", notification.getRecipient());
            return false;
        }
        log.info("MAIL to={} subject={}", notification.getRecipient(), notification.getSubject());
        return true;
    }
}
