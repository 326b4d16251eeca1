package com.acme.shop.repository;

import com.acme.shop.domain.NotificationTemplate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationTemplateRepository extends JpaRepository<NotificationTemplate, Long> {

    Optional<NotificationTemplate> findByCode(String code);

    List<NotificationTemplate> findAllByOrderByCodeAsc();
}
