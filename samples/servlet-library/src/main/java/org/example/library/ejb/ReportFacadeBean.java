package org.example.library.ejb;

import java.util.List;
import java.util.Map;

import javax.ejb.Local;
import javax.ejb.Stateless;

import org.example.library.dao.AuditLogDao;
import org.example.library.dao.ReportDao;
import org.example.library.model.AuditEntry;
import org.example.library.util.LibraryClock;
import org.example.library.util.StringUtil;

/** Reporting session facade (read-only). */
@Stateless
@Local(ReportFacade.class)
public class ReportFacadeBean implements ReportFacade {

    private final ReportDao reportDao = new ReportDao();
    private final AuditLogDao auditLogDao = new AuditLogDao();

    @Override
    public Map<String, Long> summary() {
        return reportDao.circulationSummary(LibraryClock.today());
    }

    @Override
    public List<Object[]> mostBorrowed(int limit) {
        return reportDao.mostBorrowed(Math.max(1, Math.min(limit, 50)));
    }

    @Override
    public List<Object[]> debtors() {
        return reportDao.debtors();
    }

    @Override
    public List<AuditEntry> auditTrail(String entity, long entityId) {
        return auditLogDao.findByEntity(StringUtil.toConstant(entity), entityId);
    }
}
