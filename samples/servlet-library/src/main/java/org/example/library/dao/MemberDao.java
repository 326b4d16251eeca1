package org.example.library.dao;

import java.util.List;

import org.example.library.model.Member;
import org.example.library.model.MemberStatus;
import org.example.library.model.MemberType;
import org.example.library.model.Money;
import org.example.library.util.DateUtil;
import org.example.library.util.StringUtil;

/** member table. The balance_cents column is also written by FineDao and PaymentDao. */
public class MemberDao extends BaseDao {

    private static final String SELECT = "SELECT id, card_number, first_name, last_name, email, member_type, status, "
            + "joined_on, expires_on, balance_cents FROM member";

    static final RowMapper<Member> MAPPER = rs -> {
        Member m = new Member();
        m.setId(rs.getLong("id"));
        m.setCardNumber(rs.getString("card_number"));
        m.setFirstName(rs.getString("first_name"));
        m.setLastName(rs.getString("last_name"));
        m.setEmail(rs.getString("email"));
        m.setType(MemberType.valueOf(rs.getString("member_type")));
        m.setStatus(MemberStatus.valueOf(rs.getString("status")));
        m.setJoinedOn(DateUtil.fromSql(rs.getDate("joined_on")));
        m.setExpiresOn(DateUtil.fromSql(rs.getDate("expires_on")));
        m.setBalance(Money.ofCents(rs.getLong("balance_cents")));
        return m;
    };

    public Member findById(long id) {
        return queryForObject(SELECT + " WHERE id = ?", MAPPER, id);
    }

    public Member findByEmail(String email) {
        return queryForObject(SELECT + " WHERE LOWER(email) = LOWER(?)", MAPPER, email);
    }

    public Member findByCardNumber(String cardNumber) {
        return queryForObject(SELECT + " WHERE card_number = ?", MAPPER, cardNumber);
    }

    public List<Member> searchByName(String text) {
        return queryForList(SELECT + " WHERE LOWER(last_name) LIKE ? ESCAPE '\\' OR LOWER(first_name) LIKE ? ESCAPE '\\' "
                + "ORDER BY last_name, first_name", MAPPER, StringUtil.likePattern(text), StringUtil.likePattern(text));
    }

    public long insert(Member m) {
        return insert("INSERT INTO member (first_name, last_name, email, member_type, status, joined_on, expires_on, "
                + "balance_cents) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", m.getFirstName(), m.getLastName(), m.getEmail(),
                m.getType().name(), m.getStatus().name(), m.getJoinedOn(), m.getExpiresOn());
    }

    public int updateCardNumber(long id, String cardNumber) {
        return update("UPDATE member SET card_number = ? WHERE id = ?", cardNumber, id);
    }

    public int updateStatus(long id, MemberStatus status) {
        return update("UPDATE member SET status = ? WHERE id = ?", status.name(), id);
    }

    public int renew(long id, java.time.LocalDate expiresOn) {
        return update("UPDATE member SET expires_on = ?, status = 'ACTIVE' WHERE id = ? AND status <> 'SUSPENDED'",
                expiresOn, id);
    }

    /** Re-derives the balance from the open fines (nightly consistency fix, see ticket LIB-412). */
    public int recalculateBalance(long id) {
        return update("UPDATE member SET balance_cents = (SELECT COALESCE(SUM(f.amount_cents), 0) FROM fine f "
                + "WHERE f.member_id = member.id AND f.status = 'OPEN') WHERE id = ?", id);
    }
}
