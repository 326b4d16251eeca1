package org.example.library.dao;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only statistics for the branch manager. Queries every table directly - it was written for
 * the monthly board report and nobody wanted to go through the facades.
 */
public class ReportDao extends BaseDao {

    /** Headline counts, in a fixed key order. */
    public Map<String, Long> circulationSummary(LocalDate today) {
        Map<String, Long> result = new LinkedHashMap<>();
        result.put("books", queryForLong("SELECT COUNT(*) FROM book"));
        result.put("copies", queryForLong("SELECT COUNT(*) FROM book_copy WHERE status <> 'WITHDRAWN'"));
        result.put("members", queryForLong("SELECT COUNT(*) FROM member"));
        result.put("activeLoans", queryForLong("SELECT COUNT(*) FROM loan WHERE status = 'ACTIVE'"));
        result.put("overdueLoans", queryForLong("SELECT COUNT(*) FROM loan WHERE status = 'ACTIVE' AND due_on < ?", today));
        result.put("waitingHolds", queryForLong("SELECT COUNT(*) FROM reservation WHERE status = 'WAITING'"));
        result.put("openFinesCents", queryForLong("SELECT COALESCE(SUM(amount_cents), 0) FROM fine WHERE status = 'OPEN'"));
        return result;
    }

    /** Titles by number of loans ever made, most borrowed first; ties by title. */
    public List<Object[]> mostBorrowed(int limit) {
        return queryForList("SELECT b.id, b.title, COUNT(l.id) AS loans FROM book b "
                + "JOIN book_copy c ON c.book_id = b.id JOIN loan l ON l.copy_id = c.id "
                + "GROUP BY b.id, b.title ORDER BY loans DESC, b.title LIMIT ?",
                rs -> new Object[] {rs.getLong("id"), rs.getString("title"), rs.getLong("loans")}, limit);
    }

    /** Members who owe money, biggest debt first. */
    public List<Object[]> debtors() {
        return queryForList("SELECT m.id, m.first_name, m.last_name, SUM(f.amount_cents) AS owed FROM member m "
                + "JOIN fine f ON f.member_id = m.id WHERE f.status = 'OPEN' "
                + "GROUP BY m.id, m.first_name, m.last_name ORDER BY owed DESC, m.id",
                rs -> new Object[] {rs.getLong("id"), rs.getString("first_name") + " " + rs.getString("last_name"),
                        rs.getLong("owed")});
    }
}
