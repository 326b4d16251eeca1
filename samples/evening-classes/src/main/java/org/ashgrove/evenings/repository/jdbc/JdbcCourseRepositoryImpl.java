package org.ashgrove.evenings.repository.jdbc;

import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.ashgrove.evenings.model.Course;
import org.ashgrove.evenings.model.Room;
import org.ashgrove.evenings.model.Subject;
import org.ashgrove.evenings.repository.CourseRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.BeanPropertyRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

/**
 * JDBC implementation of {@link CourseRepository} (profile "jdbc", the original of 2013).
 */
@Repository
public class JdbcCourseRepositoryImpl implements CourseRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final SimpleJdbcInsert insertCourse;

    @Autowired
    public JdbcCourseRepositoryImpl(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.insertCourse = new SimpleJdbcInsert(dataSource).withTableName("course").usingGeneratedKeyColumns("id");
    }

    @Override
    public Collection<Course> findCourses(Subject subject, String title) {
        StringBuilder sql = new StringBuilder("SELECT " + JdbcCourseRowMapper.COLUMNS + JdbcCourseRowMapper.FROM
                + " WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (subject != null) {
            sql.append(" AND c.subject_id = :subjectId");
            params.addValue("subjectId", subject.getId());
        }
        if (title != null && !title.isBlank()) {
            sql.append(" AND LOWER(c.title) LIKE :title");
            params.addValue("title", "%" + title.trim().toLowerCase() + "%");
        }
        sql.append(" ORDER BY c.code");
        return jdbc.query(sql.toString(), params, new JdbcCourseRowMapper());
    }

    @Override
    public Course findById(int id) {
        return first(jdbc.query("SELECT " + JdbcCourseRowMapper.COLUMNS + JdbcCourseRowMapper.FROM
                + " WHERE c.id = :id", new MapSqlParameterSource("id", id), new JdbcCourseRowMapper()));
    }

    @Override
    public Course findByCode(String code) {
        return first(jdbc.query("SELECT " + JdbcCourseRowMapper.COLUMNS + JdbcCourseRowMapper.FROM
                + " WHERE c.code = :code", new MapSqlParameterSource("code", code), new JdbcCourseRowMapper()));
    }

    @Override
    public Collection<Subject> findSubjects() {
        return jdbc.query("SELECT id, name FROM subject ORDER BY name", BeanPropertyRowMapper.newInstance(Subject.class));
    }

    @Override
    public Collection<Room> findRooms() {
        return jdbc.query("SELECT id, name, capacity FROM room ORDER BY name",
                BeanPropertyRowMapper.newInstance(Room.class));
    }

    @Override
    public void save(Course course) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("id", course.getId())
                .addValue("code", course.getCode())
                .addValue("title", course.getTitle())
                .addValue("description", course.getDescription())
                .addValue("subject_id", course.getSubject().getId())
                .addValue("tutor_id", course.getTutor() == null ? null : course.getTutor().getId())
                .addValue("room_id", course.getRoom() == null ? null : course.getRoom().getId())
                .addValue("weekday", course.getWeekday().name())
                .addValue("start_time", course.getStartTime())
                .addValue("start_date", course.getStartDate())
                .addValue("weeks", course.getWeeks())
                .addValue("places", course.getPlaces())
                .addValue("fee", course.getFee())
                .addValue("materials_fee", course.getMaterialsFee());
        if (course.isNew()) {
            course.setId(insertCourse.executeAndReturnKey(params).intValue());
        } else {
            jdbc.update("UPDATE course SET code = :code, title = :title, description = :description,"
                    + " subject_id = :subject_id, tutor_id = :tutor_id, room_id = :room_id, weekday = :weekday,"
                    + " start_time = :start_time, start_date = :start_date, weeks = :weeks, places = :places,"
                    + " fee = :fee, materials_fee = :materials_fee WHERE id = :id", params);
        }
    }

    private static Course first(List<Course> courses) {
        return courses.isEmpty() ? null : courses.get(0);
    }
}
