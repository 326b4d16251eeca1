package com.riverside.clinic.repository;

import com.riverside.clinic.model.Appointment;
import com.riverside.clinic.model.AppointmentStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    List<Appointment> findByPatientIdOrderBySlotStartsAt(Long patientId);

    List<Appointment> findByStatusAndSlotEndsAtBefore(AppointmentStatus status, LocalDateTime before);

    boolean existsByPatientId(Long patientId);

    boolean existsBySlotScheduleId(Long scheduleId);

    @Query("select count(a) from Appointment a where a.patient.id = :patientId"
            + " and a.status = com.riverside.clinic.model.AppointmentStatus.BOOKED"
            + " and a.slot.startsAt >= :from and a.slot.startsAt < :to")
    long countBooked(@Param("patientId") Long patientId, @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);
}
