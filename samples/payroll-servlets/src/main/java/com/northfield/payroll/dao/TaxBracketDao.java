package com.northfield.payroll.dao;

import com.northfield.payroll.calc.TaxBracket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

public class TaxBracketDao extends AbstractDao<TaxBracket> {

    public TaxBracketDao(DataSource dataSource) {
        super(dataSource);
    }

    public List<TaxBracket> forYear(Connection conn, int year) {
        return queryList(conn, "SELECT * FROM tax_bracket WHERE tax_year = ? ORDER BY lower_bound", year);
    }

    @Override
    protected TaxBracket map(ResultSet rs) throws SQLException {
        return new TaxBracket(rs.getBigDecimal("lower_bound"), rs.getBigDecimal("upper_bound"), rs.getBigDecimal("rate"));
    }
}
