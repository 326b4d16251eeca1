package com.riverside.clinic.dto;

import com.riverside.clinic.model.Practitioner;
import com.riverside.clinic.model.Schedule;
import com.riverside.clinic.model.Slot;
import com.riverside.clinic.util.ClinicUtils;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** A free slot as the booking screen lists it. */
public record SlotDto(Long id, Long scheduleId, Long practitionerId, String practitioner, String specialty,
        LocalDateTime start, LocalDateTime end, String room, String label) {

    public static SlotDto from(Slot slot) {
        Schedule schedule = slot.getSchedule();
        Practitioner p = schedule.getPractitioner();
        String label = slot.getStartsAt().format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")) + "-"
                + slot.getEndsAt().format(DateTimeFormatter.ofPattern("HH:mm"));
        return new SlotDto(slot.getId(), schedule.getId(), p.getId(),
                ClinicUtils.fullName(p.getTitle(), p.getFirstName(), p.getLastName()), p.getSpecialty().getCode(),
                slot.getStartsAt(), slot.getEndsAt(), schedule.getRoom(), label);
    }
}
