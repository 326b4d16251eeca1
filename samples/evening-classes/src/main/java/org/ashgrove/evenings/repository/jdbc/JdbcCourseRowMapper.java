package org.ashgrove.evenings.repository.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.ashgrove.evenings.model.Course;
import org.ashgrove.evenings.model.Room;
import org.ashgrove.evenings.model.Subject;
import org.ashgrove.evenings.model.Tutor;
import org.springframework.jdbc.core.RowMapper;

/**
 * Maps a row of {@link #COLUMNS} {@link #FROM} to a {@link Course} with its subject, tutor and room. Any query
 * that selects these columns can use it (the enrolment queries do).
 */
class JdbcCourseRowMapper implements RowMapper<Course> {

    static final String COLUMNS = "c.id AS course_id, c.code, c.title, c.description, c.weekday, c.start_time,"
            + " c.start_date, c.weeks, c.places, c.fee, c.materials_fee,"
            + " s.id AS subject_id, s.name AS subject_name,"
            + " t.id AS tutor_id, t.first_name AS tutor_first_name, t.last_name AS tutor_last_name,"
            + " t.email AS tutor_email, t.specialism AS tutor_specialism,"
            + " r.id AS room_id, r.name AS room_name, r.capacity AS room_capacity";

    static final String FROM = " FROM course c JOIN subject s ON s.id = c.subject_id"
            + " LEFT JOIN tutor t ON t.id = c.tutor_id LEFT JOIN room r ON r.id = c.room_id";

    @Override
    public Course mapRow(ResultSet rs, int rowNum) throws SQLException {
        Course course = new Course();
        course.setId(rs.getInt("course_id"));
        course.setCode(rs.getString("code"));
        course.setTitle(rs.getString("title"));
        course.setDescription(rs.getString("description"));
        course.setWeekday(DayOfWeek.valueOf(rs.getString("weekday")));
        course.setStartTime(rs.getObject("start_time", LocalTime.class));
        course.setStartDate(rs.getObject("start_date", LocalDate.class));
        course.setWeeks(rs.getInt("weeks"));
        course.setPlaces(rs.getInt("places"));
        course.setFee(rs.getBigDecimal("fee"));
        course.setMaterialsFee(rs.getBigDecimal("materials_fee"));
        course.setSubject(subject(rs));
        course.setTutor(tutor(rs));
        course.setRoom(room(rs));
        return course;
    }

    private static Subject subject(ResultSet rs) throws SQLException {
        Subject subject = new Subject();
        subject.setId(rs.getInt("subject_id"));
        subject.setName(rs.getString("subject_name"));
        return subject;
    }

    private static Tutor tutor(ResultSet rs) throws SQLException {
        int id = rs.getInt("tutor_id");
        if (rs.wasNull()) {
            return null;
        }
        Tutor tutor = new Tutor();
        tutor.setId(id);
        tutor.setFirstName(rs.getString("tutor_first_name"));
        tutor.setLastName(rs.getString("tutor_last_name"));
        tutor.setEmail(rs.getString("tutor_email"));
        tutor.setSpecialism(rs.getString("tutor_specialism"));
        return tutor;
    }

    private static Room room(ResultSet rs) throws SQLException {
        int id = rs.getInt("room_id");
        if (rs.wasNull()) {
            return null;
        }
        Room room = new Room();
        room.setId(id);
        room.setName(rs.getString("room_name"));
        room.setCapacity(rs.getInt("room_capacity"));
        return room;
    }
}
