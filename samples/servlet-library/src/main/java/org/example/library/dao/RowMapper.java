package org.example.library.dao;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps the current row of a ResultSet to an object. */
public interface RowMapper<T> {

    T mapRow(ResultSet rs) throws SQLException;
}
