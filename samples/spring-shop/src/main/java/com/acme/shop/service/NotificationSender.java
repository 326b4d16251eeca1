package com.acme.shop.service;

import com.acme.shop.domain.Notification;
import com.acme.shop.domain.enums.NotificationChannel;

/**
 * Delivers a notification over one channel.
 */
public interface NotificationSender {

    NotificationChannel channel();

    /** True when the message was handed over to the provider. */
    boolean send(Notification notification);
}
