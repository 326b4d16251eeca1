package com.acme.travel.repository;

import com.acme.travel.dto.RevenueRow;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Hand-written SQL for the dashboard and the revenue report (JPA was too slow for it in 2017).
 */
@Repository
public class BookingReportDao {

    private static final String REVENUE_BY_DESTINATION =
            "SELECT d.code, d.name, b.total_currency, COUNT(b.id) AS bookings, "
            + "SUM(b.travellers) AS travellers, SUM(b.total_amount) AS revenue "
            + "FROM booking b "
            + "JOIN trip t ON t.id = b.trip_id "
            + "JOIN destination d ON d.id = t.destination_id "
            + "WHERE b.status = 'CONFIRMED' "
            + "GROUP BY d.code, d.name, b.total_currency "
            + "ORDER BY d.code, b.total_currency";

    private static final String COUNT_BY_STATUS = "SELECT COUNT(*) FROM booking WHERE status = ?";

    private static final String CAPTURED_TOTAL =
            "SELECT COALESCE(SUM(p.amount), 0) FROM payment p "
            + "JOIN booking b ON b.id = p.booking_id "
            + "WHERE p.status = 'CAPTURED' AND p.currency = ? AND b.status = 'CONFIRMED'";

    @Autowired
    private JdbcTemplate jdbcTemplate;

    public List<RevenueRow> revenueByDestination() {
        return jdbcTemplate.query(REVENUE_BY_DESTINATION, (rs, rowNum) -> new RevenueRow(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("total_currency"),
                rs.getLong("bookings"),
                rs.getLong("travellers"),
                rs.getBigDecimal("revenue")));
    }

    public int countBookings(String status) {
        Integer count = jdbcTemplate.queryForObject(COUNT_BY_STATUS, Integer.class, status);
        return count == null ? 0 : count;
    }

    /** Money actually received for bookings that still stand, in one currency. */
    public BigDecimal capturedTotal(String currency) {
        return jdbcTemplate.queryForObject(CAPTURED_TOTAL, BigDecimal.class, currency);
    }
}
