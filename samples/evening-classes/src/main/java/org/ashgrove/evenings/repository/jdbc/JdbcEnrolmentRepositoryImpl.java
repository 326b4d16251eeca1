package org.ashgrove.evenings.repository.jdbc;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.ashgrove.evenings.model.ConcessionType;
import org.ashgrove.evenings.model.Enrolment;
import org.ashgrove.evenings.model.EnrolmentStatus;
import org.ashgrove.evenings.repository.EnrolmentRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

/**
 * JDBC implementation of {@link EnrolmentRepository} (profile "jdbc"): one query joins the enrolment to its course
 * (with subject, tutor and room) and its learner, and the course and learner row mappers read their halves.
 */
@Repository
public class JdbcEnrolmentRepositoryImpl implements EnrolmentRepository {

    private static final String SELECT = "SELECT e.id, e.enrolled_on, e.concession, e.fee_charged, e.status,"
            + " e.cancelled_on, e.refund_due, " + JdbcCourseRowMapper.COLUMNS + ", " + JdbcLearnerRepositoryImpl.COLUMNS
            + JdbcCourseRowMapper.FROM + " JOIN enrolment e ON e.course_id = c.id JOIN learner l ON l.id = e.learner_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final SimpleJdbcInsert insertEnrolment;
    private final RowMapper<Enrolment> rowMapper;

    @Autowired
    public JdbcEnrolmentRepositoryImpl(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.insertEnrolment = new SimpleJdbcInsert(dataSource).withTableName("enrolment")
                .usingGeneratedKeyColumns("id");
        JdbcCourseRowMapper courses = new JdbcCourseRowMapper();
        this.rowMapper = (rs, rowNum) -> {
            Enrolment enrolment = new Enrolment();
            enrolment.setId(rs.getInt("id"));
            enrolment.setEnrolledOn(rs.getObject("enrolled_on", LocalDate.class));
            enrolment.setConcession(ConcessionType.valueOf(rs.getString("concession")));
            enrolment.setFeeCharged(rs.getBigDecimal("fee_charged"));
            enrolment.setStatus(EnrolmentStatus.valueOf(rs.getString("status")));
            enrolment.setCancelledOn(rs.getObject("cancelled_on", LocalDate.class));
            enrolment.setRefundDue(rs.getBigDecimal("refund_due"));
            enrolment.setCourse(courses.mapRow(rs, rowNum));
            enrolment.setLearner(JdbcLearnerRepositoryImpl.ROW_MAPPER.mapRow(rs, rowNum));
            return enrolment;
        };
    }

    @Override
    public Enrolment findById(int id) {
        List<Enrolment> found = jdbc.query(SELECT + " WHERE e.id = :id", new MapSqlParameterSource("id", id),
                rowMapper);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public Collection<Enrolment> findByLearnerId(int learnerId) {
        return jdbc.query(SELECT + " WHERE e.learner_id = :learnerId ORDER BY e.id",
                new MapSqlParameterSource("learnerId", learnerId), rowMapper);
    }

    @Override
    public Collection<Enrolment> findActiveByCourseId(int courseId) {
        return jdbc.query(SELECT + " WHERE e.course_id = :courseId AND e.status = 'ENROLLED'"
                        + " ORDER BY l.last_name, l.first_name",
                new MapSqlParameterSource("courseId", courseId), rowMapper);
    }

    @Override
    public int countActiveByCourseId(int courseId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM enrolment WHERE course_id = :courseId"
                + " AND status = 'ENROLLED'", new MapSqlParameterSource("courseId", courseId), Integer.class);
        return count == null ? 0 : count;
    }

    @Override
    public void save(Enrolment enrolment) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("id", enrolment.getId())
                .addValue("learner_id", enrolment.getLearner().getId())
                .addValue("course_id", enrolment.getCourse().getId())
                .addValue("enrolled_on", enrolment.getEnrolledOn())
                .addValue("concession", enrolment.getConcession().name())
                .addValue("fee_charged", enrolment.getFeeCharged())
                .addValue("status", enrolment.getStatus().name())
                .addValue("cancelled_on", enrolment.getCancelledOn())
                .addValue("refund_due", enrolment.getRefundDue());
        if (enrolment.isNew()) {
            enrolment.setId(insertEnrolment.executeAndReturnKey(params).intValue());
        } else {
            jdbc.update("UPDATE enrolment SET status = :status, cancelled_on = :cancelled_on,"
                    + " refund_due = :refund_due WHERE id = :id", params);
        }
    }
}
