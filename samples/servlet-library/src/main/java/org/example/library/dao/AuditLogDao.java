package org.example.library.dao;

import java.util.List;

import org.example.library.db.JdbcUtils;
import org.example.library.model.AuditEntry;
import org.example.library.util.DateUtil;
import org.example.library.util.LibraryClock;
import org.example.library.util.StringUtil;

/** audit_log table. Every facade writes here (members, circulation, holds, billing). */
public class AuditLogDao extends BaseDao {

    private static final RowMapper<AuditEntry> MAPPER = rs -> {
        AuditEntry e = new AuditEntry();
        e.setId(rs.getLong("id"));
        e.setEntity(rs.getString("entity"));
        e.setEntityId(JdbcUtils.getLongOrNull(rs, "entity_id"));
        e.setAction(rs.getString("action"));
        e.setDetail(rs.getString("detail"));
        e.setLoggedOn(DateUtil.fromSql(rs.getDate("logged_on")));
        return e;
    };

    public void log(String entity, Long entityId, String action, String detail) {
        update("INSERT INTO audit_log (entity, entity_id, action, detail, logged_on) VALUES (?, ?, ?, ?, ?)", entity,
                entityId, action, StringUtil.truncate(detail, 400), LibraryClock.today());
    }

    public List<AuditEntry> findByEntity(String entity, long entityId) {
        return queryForList("SELECT id, entity, entity_id, action, detail, logged_on FROM audit_log "
                + "WHERE entity = ? AND entity_id = ? ORDER BY id", MAPPER, entity, entityId);
    }

    public int purgeBefore(java.time.LocalDate day) {
        return update("DELETE FROM audit_log WHERE logged_on < ?", day);
    }
}
