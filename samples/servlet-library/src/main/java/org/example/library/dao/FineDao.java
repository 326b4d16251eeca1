package org.example.library.dao;

import java.util.List;

import org.example.library.db.JdbcUtils;
import org.example.library.model.Fine;
import org.example.library.model.Money;
import org.example.library.util.BillingConstants;
import org.example.library.util.DateUtil;

/** fine table. Keeps member.balance_cents in step with the open fines. */
public class FineDao extends BaseDao {

    private static final String SELECT = "SELECT id, member_id, loan_id, amount_cents, reason, assessed_on, status FROM fine";

    static final RowMapper<Fine> MAPPER = rs -> {
        Fine f = new Fine();
        f.setId(rs.getLong("id"));
        f.setMemberId(JdbcUtils.getLongOrNull(rs, "member_id"));
        f.setLoanId(JdbcUtils.getLongOrNull(rs, "loan_id"));
        f.setAmount(Money.ofCents(rs.getLong("amount_cents")));
        f.setReason(rs.getString("reason"));
        f.setAssessedOn(DateUtil.fromSql(rs.getDate("assessed_on")));
        f.setStatus(rs.getString("status"));
        return f;
    };

    public Fine findById(long id) {
        return queryForObject(SELECT + " WHERE id = ?", MAPPER, id);
    }

    public List<Fine> findByMember(long memberId) {
        return queryForList(SELECT + " WHERE member_id = ? ORDER BY assessed_on, id", MAPPER, memberId);
    }

    /** Open fines, oldest first (the order payments are applied in). */
    public List<Fine> findOpenByMember(long memberId) {
        return queryForList(SELECT + " WHERE member_id = ? AND status = ? ORDER BY assessed_on, id", MAPPER, memberId,
                BillingConstants.FINE_OPEN);
    }

    /** Inserts an OPEN fine and adds it to the member's balance. */
    public long insert(Fine f) {
        long id = insert("INSERT INTO fine (member_id, loan_id, amount_cents, reason, assessed_on, status) "
                + "VALUES (?, ?, ?, ?, ?, ?)", f.getMemberId(), f.getLoanId(), f.getAmount().getCents(),
                f.getReason(), f.getAssessedOn(), BillingConstants.FINE_OPEN);
        update("UPDATE member SET balance_cents = balance_cents + ? WHERE id = ?", f.getAmount().getCents(),
                f.getMemberId());
        return id;
    }

    /** Closes an open fine (PAID or WAIVED) and takes it off the member's balance. */
    public int close(Fine f, String newStatus) {
        int n = update("UPDATE fine SET status = ? WHERE id = ? AND status = ?", newStatus, f.getId(),
                BillingConstants.FINE_OPEN);
        if (n == 1) {
            update("UPDATE member SET balance_cents = balance_cents - ? WHERE id = ?", f.getAmount().getCents(),
                    f.getMemberId());
        }
        return n;
    }

    /** Part payment: the fine stays open with a smaller amount. */
    public int reduce(Fine f, Money by) {
        update("UPDATE member SET balance_cents = balance_cents - ? WHERE id = ?", by.getCents(), f.getMemberId());
        return update("UPDATE fine SET amount_cents = amount_cents - ? WHERE id = ?", by.getCents(), f.getId());
    }
}
