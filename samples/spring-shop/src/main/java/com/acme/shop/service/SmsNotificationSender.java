package com.acme.shop.service;

import com.acme.shop.domain.Notification;
import com.acme.shop.domain.enums.NotificationChannel;
import com.acme.shop.util.StringUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * SMS through the gateway of our telco (simulated: logged only). Messages are cut to 160 chars.
 */
@Component
public class SmsNotificationSender implements NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(SmsNotificationSender.class);
    static final int MAX_LENGTH = 160;

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public boolean send(Notification notification) {
        String number = StringUtils.digitsOnly(notification.getRecipient());
        if (number.length() < 8) {
            return false;
        }
        String body = notification.getBody();
        if (body != null && body.length() > MAX_LENGTH) {
            notification.setBody(body.substring(0, MAX_LENGTH - 3) + "...");
        }
        log.info("SMS to={} text={}", StringUtils.mask(number, 3), notification.getBody());
        return true;
    }
}
