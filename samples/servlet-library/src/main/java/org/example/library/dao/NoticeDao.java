package org.example.library.dao;

import java.util.List;

import org.example.library.db.JdbcUtils;
import org.example.library.model.Notice;
import org.example.library.util.DateUtil;

/** notice table: the outbox of member notifications. */
public class NoticeDao extends BaseDao {

    private static final String SELECT = "SELECT id, member_id, kind, reference, subject, body, created_on, status FROM notice";

    private static final RowMapper<Notice> MAPPER = rs -> {
        Notice n = new Notice();
        n.setId(rs.getLong("id"));
        n.setMemberId(JdbcUtils.getLongOrNull(rs, "member_id"));
        n.setKind(rs.getString("kind"));
        n.setReference(rs.getString("reference"));
        n.setSubject(rs.getString("subject"));
        n.setBody(rs.getString("body"));
        n.setCreatedOn(DateUtil.fromSql(rs.getDate("created_on")));
        n.setStatus(rs.getString("status"));
        return n;
    };

    public List<Notice> findByMember(long memberId) {
        return queryForList(SELECT + " WHERE member_id = ? ORDER BY id", MAPPER, memberId);
    }

    public List<Notice> findPending() {
        return queryForList(SELECT + " WHERE status = 'PENDING' ORDER BY id", MAPPER);
    }

    public boolean exists(String kind, String reference) {
        return queryForLong("SELECT COUNT(*) FROM notice WHERE kind = ? AND reference = ?", kind, reference) > 0;
    }

    public long insert(Notice n) {
        return insert("INSERT INTO notice (member_id, kind, reference, subject, body, created_on, status) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", n.getMemberId(), n.getKind(), n.getReference(), n.getSubject(),
                n.getBody(), n.getCreatedOn(), n.getStatus());
    }

    public int markSent(long id) {
        return update("UPDATE notice SET status = 'SENT' WHERE id = ? AND status = 'PENDING'", id);
    }
}
