package com.riverside.clinic.repository;

import com.riverside.clinic.model.Schedule;
import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduleRepository extends JpaRepository<Schedule, Long> {

    boolean existsByPractitionerIdAndWorkDate(Long practitionerId, LocalDate workDate);
}
