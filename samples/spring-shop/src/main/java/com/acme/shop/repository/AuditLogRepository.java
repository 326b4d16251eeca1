package com.acme.shop.repository;

import com.acme.shop.domain.AuditLog;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditLogRepository extends JpaRepository<AuditLog, Long> {

    List<AuditLog> findByEntityTypeOrderByIdAsc(String entityType);

    List<AuditLog> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, String entityId);
}
