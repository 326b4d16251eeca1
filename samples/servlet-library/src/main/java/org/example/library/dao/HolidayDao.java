package org.example.library.dao;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.example.library.util.DateUtil;

/** holiday table: days the library is closed (no item falls due on them). */
public class HolidayDao extends BaseDao {

    public Set<LocalDate> findBetween(LocalDate from, LocalDate to) {
        List<LocalDate> days = queryForList("SELECT closed_on FROM holiday WHERE closed_on BETWEEN ? AND ? ORDER BY closed_on",
                rs -> DateUtil.fromSql(rs.getDate("closed_on")), from, to);
        return new HashSet<>(days);
    }

    public void insert(LocalDate day, String name) {
        update("INSERT INTO holiday (closed_on, name) VALUES (?, ?)", day, name);
    }
}
