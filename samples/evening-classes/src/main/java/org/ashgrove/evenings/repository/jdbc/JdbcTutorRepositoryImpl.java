package org.ashgrove.evenings.repository.jdbc;

import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.ashgrove.evenings.model.Tutor;
import org.ashgrove.evenings.repository.TutorRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.BeanPropertyRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * JDBC implementation of {@link TutorRepository} (profile "jdbc").
 */
@Repository
public class JdbcTutorRepositoryImpl implements TutorRepository {

    private static final String SELECT = "SELECT id, first_name, last_name, email, specialism FROM tutor";

    private final NamedParameterJdbcTemplate jdbc;

    @Autowired
    public JdbcTutorRepositoryImpl(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    @Override
    public Collection<Tutor> findAll() {
        return jdbc.query(SELECT + " ORDER BY last_name, first_name", BeanPropertyRowMapper.newInstance(Tutor.class));
    }

    @Override
    public Tutor findById(int id) {
        List<Tutor> found = jdbc.query(SELECT + " WHERE id = :id", new MapSqlParameterSource("id", id),
                BeanPropertyRowMapper.newInstance(Tutor.class));
        return found.isEmpty() ? null : found.get(0);
    }
}
