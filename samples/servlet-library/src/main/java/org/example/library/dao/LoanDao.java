package org.example.library.dao;

import java.time.LocalDate;
import java.util.List;

import org.example.library.db.JdbcUtils;
import org.example.library.model.CopyStatus;
import org.example.library.model.Loan;
import org.example.library.util.DateUtil;
import org.example.library.util.LoanConstants;

/** loan table, joined with book_copy and book for barcodes and titles. */
public class LoanDao extends BaseDao implements LoanConstants {

    private static final String SELECT = "SELECT l.id, l.copy_id, l.member_id, c.barcode, b.title, l.loaned_on, "
            + "l.due_on, l.returned_on, l.renewals, l.status FROM loan l "
            + "JOIN book_copy c ON c.id = l.copy_id JOIN book b ON b.id = c.book_id";

    static final RowMapper<Loan> MAPPER = rs -> {
        Loan l = new Loan();
        l.setId(rs.getLong("id"));
        l.setCopyId(JdbcUtils.getLongOrNull(rs, "copy_id"));
        l.setMemberId(JdbcUtils.getLongOrNull(rs, "member_id"));
        l.setBarcode(rs.getString("barcode"));
        l.setTitle(rs.getString("title"));
        l.setLoanedOn(DateUtil.fromSql(rs.getDate("loaned_on")));
        l.setDueOn(DateUtil.fromSql(rs.getDate("due_on")));
        l.setReturnedOn(DateUtil.fromSql(rs.getDate("returned_on")));
        l.setRenewals(rs.getInt("renewals"));
        l.setStatus(rs.getString("status"));
        return l;
    };

    public Loan findById(long id) {
        return queryForObject(SELECT + " WHERE l.id = ?", MAPPER, id);
    }

    public Loan findActiveByCopy(long copyId) {
        return queryForObject(SELECT + " WHERE l.copy_id = ? AND l.status = ?", MAPPER, copyId, LOAN_ACTIVE);
    }

    public List<Loan> findActiveByMember(long memberId) {
        return queryForList(SELECT + " WHERE l.member_id = ? AND l.status = ? ORDER BY l.due_on, l.id", MAPPER,
                memberId, LOAN_ACTIVE);
    }

    public List<Loan> findByMember(long memberId) {
        return queryForList(SELECT + " WHERE l.member_id = ? ORDER BY l.loaned_on DESC, l.id DESC", MAPPER, memberId);
    }

    public List<Loan> findOverdue(LocalDate today) {
        return queryForList(SELECT + " WHERE l.status = ? AND l.due_on < ? ORDER BY l.due_on, l.id", MAPPER,
                LOAN_ACTIVE, today);
    }

    public long countActiveByMember(long memberId) {
        return queryForLong("SELECT COUNT(*) FROM loan WHERE member_id = ? AND status = ?", memberId, LOAN_ACTIVE);
    }

    /** Inserts the loan and marks the copy ON_LOAN (same transaction; the copy row belongs to the catalog). */
    public long insert(Loan l) {
        long id = insert("INSERT INTO loan (copy_id, member_id, loaned_on, due_on, renewals, status) "
                + "VALUES (?, ?, ?, ?, 0, ?)", l.getCopyId(), l.getMemberId(), l.getLoanedOn(), l.getDueOn(),
                LOAN_ACTIVE);
        update("UPDATE book_copy SET status = ? WHERE id = ?", CopyStatus.ON_LOAN.name(), l.getCopyId());
        return id;
    }

    public int markReturned(long loanId, LocalDate returnedOn) {
        return update("UPDATE loan SET returned_on = ?, status = ? WHERE id = ? AND status = ?", returnedOn,
                LOAN_RETURNED, loanId, LOAN_ACTIVE);
    }

    public int renew(long loanId, LocalDate newDueOn) {
        return update("UPDATE loan SET due_on = ?, renewals = renewals + 1 WHERE id = ? AND status = ?", newDueOn,
                loanId, LOAN_ACTIVE);
    }

    public int markLost(long loanId) {
        int n = update("UPDATE loan SET status = ? WHERE id = ?", LOAN_LOST, loanId);
        update("UPDATE book_copy SET status = 'LOST' WHERE id = (SELECT copy_id FROM loan WHERE id = ?)", loanId);
        return n;
    }
}
