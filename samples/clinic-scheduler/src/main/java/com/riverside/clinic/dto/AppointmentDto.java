package com.riverside.clinic.dto;

import com.riverside.clinic.model.Appointment;
import com.riverside.clinic.model.Practitioner;
import com.riverside.clinic.model.Slot;
import com.riverside.clinic.util.ClinicUtils;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

public record AppointmentDto(Long id, Long patientId, String patientName, Long slotId, String practitioner,
        String specialty, LocalDateTime start, LocalDateTime end, String room, String label, String visitType,
        String reason, String status) {

    public static AppointmentDto from(Appointment a) {
        Slot slot = a.getSlot();
        Practitioner p = slot.getSchedule().getPractitioner();
        // copied from SlotDto
        String label = slot.getStartsAt().format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")) + "-"
                + slot.getEndsAt().format(DateTimeFormatter.ofPattern("HH:mm"));
        return new AppointmentDto(a.getId(), a.getPatient().getId(),
                ClinicUtils.fullName(a.getPatient().getFirstName(), a.getPatient().getLastName()), slot.getId(),
                ClinicUtils.fullName(p.getTitle(), p.getFirstName(), p.getLastName()), p.getSpecialty().getCode(),
                slot.getStartsAt(), slot.getEndsAt(), slot.getSchedule().getRoom(), label, a.getVisitType(),
                a.getReason(), a.getStatus().name());
    }
}
