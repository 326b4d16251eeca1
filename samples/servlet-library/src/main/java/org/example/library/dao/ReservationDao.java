package org.example.library.dao;

import java.time.LocalDate;
import java.util.List;

import org.example.library.db.JdbcUtils;
import org.example.library.model.Reservation;
import org.example.library.model.ReservationStatus;
import org.example.library.util.DateUtil;

/** reservation table. Setting a copy aside also flips book_copy.status to ON_HOLD. */
public class ReservationDao extends BaseDao {

    private static final String SELECT = "SELECT r.id, r.book_id, r.member_id, r.placed_on, r.status, r.copy_id, "
            + "c.barcode, r.ready_until FROM reservation r LEFT JOIN book_copy c ON c.id = r.copy_id";

    static final RowMapper<Reservation> MAPPER = rs -> {
        Reservation r = new Reservation();
        r.setId(rs.getLong("id"));
        r.setBookId(JdbcUtils.getLongOrNull(rs, "book_id"));
        r.setMemberId(JdbcUtils.getLongOrNull(rs, "member_id"));
        r.setPlacedOn(DateUtil.fromSql(rs.getDate("placed_on")));
        r.setStatus(ReservationStatus.valueOf(rs.getString("status")));
        r.setCopyId(JdbcUtils.getLongOrNull(rs, "copy_id"));
        r.setBarcode(rs.getString("barcode"));
        r.setReadyUntil(DateUtil.fromSql(rs.getDate("ready_until")));
        return r;
    };

    public Reservation findById(long id) {
        return queryForObject(SELECT + " WHERE r.id = ?", MAPPER, id);
    }

    /** WAITING holds of a title in queue order (first come, first served). */
    public List<Reservation> findWaitingByBook(long bookId) {
        return queryForList(SELECT + " WHERE r.book_id = ? AND r.status = 'WAITING' ORDER BY r.placed_on, r.id",
                MAPPER, bookId);
    }

    public List<Reservation> findOpenByMember(long memberId) {
        return queryForList(SELECT + " WHERE r.member_id = ? AND r.status IN ('WAITING', 'READY') ORDER BY r.id",
                MAPPER, memberId);
    }

    public Reservation findOpenByMemberAndBook(long memberId, long bookId) {
        return queryForObject(SELECT + " WHERE r.member_id = ? AND r.book_id = ? AND r.status IN ('WAITING', 'READY')",
                MAPPER, memberId, bookId);
    }

    public Reservation findReadyByCopy(long copyId) {
        return queryForObject(SELECT + " WHERE r.copy_id = ? AND r.status = 'READY'", MAPPER, copyId);
    }

    public List<Reservation> findReadyExpiredBefore(LocalDate day) {
        return queryForList(SELECT + " WHERE r.status = 'READY' AND r.ready_until < ? ORDER BY r.id", MAPPER, day);
    }

    public long insert(Reservation r) {
        return insert("INSERT INTO reservation (book_id, member_id, placed_on, status) VALUES (?, ?, ?, ?)",
                r.getBookId(), r.getMemberId(), r.getPlacedOn(), r.getStatus().name());
    }

    /** Puts a copy on the hold shelf for this reservation. */
    public void setAside(long reservationId, long copyId, LocalDate readyUntil) {
        update("UPDATE reservation SET status = 'READY', copy_id = ?, ready_until = ? WHERE id = ?", copyId,
                readyUntil, reservationId);
        update("UPDATE book_copy SET status = 'ON_HOLD' WHERE id = ?", copyId);
    }

    public int updateStatus(long reservationId, ReservationStatus status) {
        return update("UPDATE reservation SET status = ? WHERE id = ?", status.name(), reservationId);
    }

    public int delete(long reservationId) {
        return update("DELETE FROM reservation WHERE id = ? AND status = 'CANCELLED'", reservationId);
    }
}
