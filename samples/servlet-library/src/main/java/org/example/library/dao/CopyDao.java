package org.example.library.dao;

import java.util.List;

import org.example.library.db.JdbcUtils;
import org.example.library.model.Copy;
import org.example.library.model.CopyStatus;
import org.example.library.util.DateUtil;

/** book_copy table. (Circulation and holds also UPDATE it directly - see LoanDao, ReservationDao.) */
public class CopyDao extends BaseDao {

    private static final String SELECT = "SELECT id, book_id, barcode, status, shelf, acquired_on FROM book_copy";

    static final RowMapper<Copy> MAPPER = rs -> {
        Copy c = new Copy();
        c.setId(rs.getLong("id"));
        c.setBookId(JdbcUtils.getLongOrNull(rs, "book_id"));
        c.setBarcode(rs.getString("barcode"));
        c.setStatus(CopyStatus.valueOf(rs.getString("status")));
        c.setShelf(rs.getString("shelf"));
        c.setAcquiredOn(DateUtil.fromSql(rs.getDate("acquired_on")));
        return c;
    };

    public Copy findById(long id) {
        return queryForObject(SELECT + " WHERE id = ?", MAPPER, id);
    }

    public Copy findByBarcode(String barcode) {
        return queryForObject(SELECT + " WHERE barcode = ?", MAPPER, barcode);
    }

    public List<Copy> findByBook(long bookId) {
        return queryForList(SELECT + " WHERE book_id = ? ORDER BY barcode", MAPPER, bookId);
    }

    public Copy findFirstAvailable(long bookId) {
        return queryForObject(SELECT + " WHERE book_id = ? AND status = 'AVAILABLE' ORDER BY barcode", MAPPER, bookId);
    }

    public long countAvailable(long bookId) {
        return queryForLong("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND status = 'AVAILABLE'", bookId);
    }

    public long insert(Copy c) {
        return insert("INSERT INTO book_copy (book_id, barcode, status, shelf, acquired_on) VALUES (?, ?, ?, ?, ?)",
                c.getBookId(), c.getBarcode(), c.getStatus().name(), c.getShelf(), c.getAcquiredOn());
    }

    public int updateStatus(long copyId, CopyStatus status) {
        return update("UPDATE book_copy SET status = ? WHERE id = ?", status.name(), copyId);
    }

    public int withdraw(long copyId) {
        return update("UPDATE book_copy SET status = 'WITHDRAWN', shelf = NULL WHERE id = ? AND status = 'AVAILABLE'",
                copyId);
    }
}
