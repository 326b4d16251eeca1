package com.acme.shop.repository;

import com.acme.shop.constants.ShopConstants;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Bulk SQL of the warehouse team. Writes its own rows into {@code audit_log} (the back office's
 * table) instead of going through ShopManager, to keep the nightly job fast.
 */
@Repository
public class InventoryJdbcDao {

    private static final String INSERT_AUDIT =
            "INSERT INTO audit_log (entity_type, entity_id, action, details, actor, logged_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)";

    private static final String RESERVATION_DRIFT =
            "SELECT s.id AS stock_item_id, s.quantity_reserved AS booked, "
            + "COALESCE((SELECT SUM(l.quantity) FROM order_line l JOIN orders o ON o.id = l.order_id "
            + "  JOIN warehouse w ON w.code = l.warehouse_code "
            + "  WHERE l.product_id = s.product_id AND w.id = s.warehouse_id AND o.status IN ('NEW', 'PAID')), 0) AS expected "
            + "FROM stock_item s";

    private static final String FIX_RESERVED = "UPDATE stock_item SET quantity_reserved = ? WHERE id = ?";

    private final JdbcTemplate jdbcTemplate;

    public InventoryJdbcDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public void audit(String entityId, String action, String details, LocalDateTime at) {
        jdbcTemplate.update(INSERT_AUDIT, "StockItem", entityId, action, details, ShopConstants.SYSTEM_USER, at);
    }

    /** Rows of stock_item whose reserved quantity differs from what open orders hold. */
    public List<Map<String, Object>> findReservationDrift() {
        return jdbcTemplate.queryForList(RESERVATION_DRIFT).stream()
                .filter(row -> ((Number) row.get("BOOKED")).longValue() != ((Number) row.get("EXPECTED")).longValue())
                .toList();
    }

    public int fixReserved(long stockItemId, int reserved) {
        return jdbcTemplate.update(FIX_RESERVED, reserved, stockItemId);
    }
}
