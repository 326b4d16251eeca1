package org.harbourcity.permits.service;

import java.util.Date;
import java.util.List;
import javax.ejb.Stateless;
import javax.ejb.TransactionAttribute;
import javax.ejb.TransactionAttributeType;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.harbourcity.permits.domain.AuditEntry;

/**
 * The permit file's audit trail. Every entry is written in a transaction of its own, so that what was tried is
 * kept even when the caller's work is rolled back (a refused application leaves its trace).
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "permits")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String subject, String action, String detail) {
        em.persist(new AuditEntry(subject, action, detail, new Date()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> entriesFor(String subject) {
        return em.createNamedQuery("AuditEntry.bySubject", AuditEntry.class)
                .setParameter("subject", subject)
                .getResultList();
    }
}
