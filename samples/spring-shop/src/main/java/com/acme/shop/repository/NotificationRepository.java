package com.acme.shop.repository;

import com.acme.shop.domain.Notification;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByCustomerIdOrderByIdAsc(Long customerId);

    List<Notification> findByRecipientOrderByIdAsc(String recipient);
}
