package com.acme.shop.service;

import com.acme.shop.domain.Notification;
import com.acme.shop.domain.enums.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Order confirmations by fax for B2B customers (2015). The fax provider contract ended in 2020 and
 * the bean was removed from the configuration; kept "in case a customer asks".
 */
public class FaxNotificationSender implements NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(FaxNotificationSender.class);

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public boolean send(Notification notification) {
        log.info("FAX to={} pages=1", notification.getRecipient());
        return false;
    }
}
