package com.northfield.payroll.dao;

import com.northfield.payroll.bean.Department;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

public class DepartmentDao extends AbstractDao<Department> {

    public DepartmentDao(DataSource dataSource) {
        super(dataSource);
    }

    public List<Department> findAll() {
        return queryList("SELECT * FROM department ORDER BY name");
    }

    public Department findByCode(String code) {
        return querySingle("SELECT * FROM department WHERE code = ?", code);
    }

    @Override
    protected Department map(ResultSet rs) throws SQLException {
        Department d = new Department();
        d.setCode(rs.getString("code"));
        d.setName(rs.getString("name"));
        d.setCostCentre(rs.getString("cost_centre"));
        return d;
    }
}
