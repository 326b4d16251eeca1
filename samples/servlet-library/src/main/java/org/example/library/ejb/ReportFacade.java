package org.example.library.ejb;

import java.util.List;
import java.util.Map;

import org.example.library.model.AuditEntry;

/** Business interface of management reports and the audit trail. */
public interface ReportFacade {

    Map<String, Long> summary();

    List<Object[]> mostBorrowed(int limit);

    List<Object[]> debtors();

    List<AuditEntry> auditTrail(String entity, long entityId);
}
