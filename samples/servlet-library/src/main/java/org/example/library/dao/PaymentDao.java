package org.example.library.dao;

import java.util.List;

import org.example.library.db.JdbcUtils;
import org.example.library.model.Money;
import org.example.library.model.Payment;
import org.example.library.util.DateUtil;

/** payment table. */
public class PaymentDao extends BaseDao {

    private static final RowMapper<Payment> MAPPER = rs -> {
        Payment p = new Payment();
        p.setId(rs.getLong("id"));
        p.setMemberId(JdbcUtils.getLongOrNull(rs, "member_id"));
        p.setAmount(Money.ofCents(rs.getLong("amount_cents")));
        p.setPaidOn(DateUtil.fromSql(rs.getDate("paid_on")));
        p.setMethod(rs.getString("method"));
        return p;
    };

    public List<Payment> findByMember(long memberId) {
        return queryForList("SELECT id, member_id, amount_cents, paid_on, method FROM payment WHERE member_id = ? "
                + "ORDER BY paid_on, id", MAPPER, memberId);
    }

    public long insert(Payment p) {
        return insert("INSERT INTO payment (member_id, amount_cents, paid_on, method) VALUES (?, ?, ?, ?)",
                p.getMemberId(), p.getAmount().getCents(), p.getPaidOn(), p.getMethod());
    }
}
