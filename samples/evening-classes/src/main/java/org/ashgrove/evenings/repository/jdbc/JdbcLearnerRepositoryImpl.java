package org.ashgrove.evenings.repository.jdbc;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.ashgrove.evenings.model.ConcessionType;
import org.ashgrove.evenings.model.Learner;
import org.ashgrove.evenings.repository.LearnerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

/**
 * JDBC implementation of {@link LearnerRepository} (profile "jdbc"). {@link #COLUMNS} and {@link #ROW_MAPPER}
 * read a learner from any query on {@code learner l}.
 */
@Repository
public class JdbcLearnerRepositoryImpl implements LearnerRepository {

    static final String COLUMNS = "l.id AS learner_id, l.first_name, l.last_name, l.date_of_birth, l.email,"
            + " l.telephone, l.street, l.town, l.postcode, l.concession AS learner_concession";

    static final RowMapper<Learner> ROW_MAPPER = (rs, rowNum) -> {
        Learner learner = new Learner();
        learner.setId(rs.getInt("learner_id"));
        learner.setFirstName(rs.getString("first_name"));
        learner.setLastName(rs.getString("last_name"));
        learner.setDateOfBirth(rs.getObject("date_of_birth", LocalDate.class));
        learner.setEmail(rs.getString("email"));
        learner.setTelephone(rs.getString("telephone"));
        learner.setStreet(rs.getString("street"));
        learner.setTown(rs.getString("town"));
        learner.setPostcode(rs.getString("postcode"));
        learner.setConcession(ConcessionType.valueOf(rs.getString("learner_concession")));
        return learner;
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final SimpleJdbcInsert insertLearner;

    @Autowired
    public JdbcLearnerRepositoryImpl(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.insertLearner = new SimpleJdbcInsert(dataSource).withTableName("learner").usingGeneratedKeyColumns("id");
    }

    @Override
    public Collection<Learner> findByLastName(String lastName) {
        return jdbc.query("SELECT " + COLUMNS + " FROM learner l WHERE LOWER(l.last_name) LIKE :lastName"
                        + " ORDER BY l.last_name, l.first_name",
                new MapSqlParameterSource("lastName", lastName.trim().toLowerCase() + "%"), ROW_MAPPER);
    }

    @Override
    public Learner findById(int id) {
        List<Learner> found = jdbc.query("SELECT " + COLUMNS + " FROM learner l WHERE l.id = :id",
                new MapSqlParameterSource("id", id), ROW_MAPPER);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public void save(Learner learner) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("id", learner.getId())
                .addValue("first_name", learner.getFirstName())
                .addValue("last_name", learner.getLastName())
                .addValue("date_of_birth", learner.getDateOfBirth())
                .addValue("email", learner.getEmail())
                .addValue("telephone", learner.getTelephone())
                .addValue("street", learner.getStreet())
                .addValue("town", learner.getTown())
                .addValue("postcode", learner.getPostcode())
                .addValue("concession", learner.getConcession().name());
        if (learner.isNew()) {
            learner.setId(insertLearner.executeAndReturnKey(params).intValue());
        } else {
            jdbc.update("UPDATE learner SET first_name = :first_name, last_name = :last_name,"
                    + " date_of_birth = :date_of_birth, email = :email, telephone = :telephone, street = :street,"
                    + " town = :town, postcode = :postcode, concession = :concession WHERE id = :id", params);
        }
    }
}
