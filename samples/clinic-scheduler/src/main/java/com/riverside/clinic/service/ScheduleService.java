package com.riverside.clinic.service;

import com.riverside.clinic.dto.ScheduleRequest;
import com.riverside.clinic.model.Practitioner;
import com.riverside.clinic.model.Schedule;
import com.riverside.clinic.model.Slot;
import com.riverside.clinic.model.SlotStatus;
import com.riverside.clinic.model.Specialty;
import com.riverside.clinic.repository.AppointmentRepository;
import com.riverside.clinic.repository.PractitionerRepository;
import com.riverside.clinic.repository.ScheduleRepository;
import com.riverside.clinic.repository.SlotRepository;
import com.riverside.clinic.repository.SpecialtyRepository;
import com.riverside.clinic.util.ClinicConstants;
import com.riverside.clinic.util.ClinicUtils;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practitioners' working days and their slots.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ScheduleService {

    private final PractitionerRepository practitionerRepository;
    private final SpecialtyRepository specialtyRepository;
    private final ScheduleRepository scheduleRepository;
    private final SlotRepository slotRepository;
    private final AppointmentRepository appointmentRepository;

    @Transactional(readOnly = true)
    public List<Specialty> specialties() {
        return specialtyRepository.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public List<Practitioner> practitioners(String specialtyCode) {
        if (ClinicUtils.isBlank(specialtyCode)) {
            return practitionerRepository.findByActiveTrueOrderByLastName();
        }
        Specialty specialty = specialtyRepository.findByCode(specialtyCode.toUpperCase())
                .orElseThrow(() -> ClinicException.notFound("specialty", specialtyCode));
        return practitionerRepository.findBySpecialtyCodeAndActiveTrueOrderByLastName(specialty.getCode());
    }

    @Transactional(readOnly = true)
    public Practitioner practitioner(Long id) {
        return practitionerRepository.findById(id).orElseThrow(() -> ClinicException.notFound("practitioner", id));
    }

    @Transactional(readOnly = true)
    public Schedule schedule(Long id) {
        Schedule schedule = scheduleRepository.findById(id)
                .orElseThrow(() -> ClinicException.notFound("schedule", id));
        schedule.getSlots().size();
        return schedule;
    }

    @Transactional(readOnly = true)
    public List<Slot> freeSlots(LocalDate date, String specialtyCode) {
        String code = ClinicUtils.isBlank(specialtyCode) ? null : specialtyCode.toUpperCase();
        return slotRepository.findFree(date, code);
    }

    /** Opens a working day: slots of the practitioner's specialty length from "from" until "to". */
    public Schedule open(Long practitionerId, ScheduleRequest request) {
        Practitioner practitioner = practitioner(practitionerId);
        if (!practitioner.isActive()) {
            throw ClinicException.conflict("PRACTITIONER_INACTIVE", "practitioner " + practitionerId + " is not active");
        }
        if (ClinicUtils.isWeekend(request.getDate())) {
            throw new ClinicException(HttpStatus.BAD_REQUEST, "CLOSED_ON_WEEKENDS",
                    "the practice is closed on " + request.getDate().getDayOfWeek().name().toLowerCase());
        }
        if (scheduleRepository.existsByPractitionerIdAndWorkDate(practitionerId, request.getDate())) {
            throw ClinicException.conflict("SCHEDULE_EXISTS", "practitioner " + practitionerId
                    + " already has a schedule on " + request.getDate());
        }
        int minutes = practitioner.getSpecialty().getSlotMinutes();
        if (minutes <= 0) {
            minutes = ClinicConstants.DEFAULT_SLOT_MINUTES;
        }
        Schedule schedule = new Schedule();
        schedule.setPractitioner(practitioner);
        schedule.setWorkDate(request.getDate());
        schedule.setRoom(request.getRoom());
        LocalDateTime start = request.getDate().atTime(request.getFrom());
        LocalDateTime end = request.getDate().atTime(request.getTo());
        while (!start.plusMinutes(minutes).isAfter(end)) {
            Slot slot = new Slot();
            slot.setStartsAt(start);
            slot.setEndsAt(start.plusMinutes(minutes));
            slot.setStatus(SlotStatus.FREE);
            schedule.addSlot(slot);
            start = start.plusMinutes(minutes);
        }
        if (schedule.getSlots().isEmpty() || schedule.getSlots().size() > ClinicConstants.MAX_SLOTS_PER_DAY) {
            throw new ClinicException(HttpStatus.BAD_REQUEST, ClinicConstants.ERR_VALIDATION,
                    "a schedule needs between 1 and " + ClinicConstants.MAX_SLOTS_PER_DAY + " slots of " + minutes
                            + " minutes");
        }
        return scheduleRepository.save(schedule);
    }

    public Slot block(Long scheduleId, Long slotId) {
        Slot slot = slotOf(schedule(scheduleId), slotId);
        if (slot.getStatus() == SlotStatus.BOOKED) {
            throw ClinicException.conflict(ClinicConstants.ERR_SLOT_TAKEN, "slot " + slotId + " is booked; cancel the appointment first");
        }
        slot.setStatus(SlotStatus.BLOCKED);
        return slot;
    }

    /** Takes a slot out of the day (the practitioner leaves early); the row goes with orphanRemoval. */
    public Schedule removeSlot(Long scheduleId, Long slotId) {
        Schedule schedule = schedule(scheduleId);
        Slot slot = slotOf(schedule, slotId);
        if (slot.getStatus() == SlotStatus.BOOKED) {
            throw ClinicException.conflict(ClinicConstants.ERR_SLOT_TAKEN, "slot " + slotId + " is booked; cancel the appointment first");
        }
        schedule.getSlots().remove(slot);
        return schedule;
    }

    public void delete(Long scheduleId) {
        Schedule schedule = schedule(scheduleId);
        if (appointmentRepository.existsBySlotScheduleId(scheduleId)) {
            throw ClinicException.conflict("SCHEDULE_IN_USE", "schedule " + scheduleId + " has appointments");
        }
        scheduleRepository.delete(schedule);
    }

    private static Slot slotOf(Schedule schedule, Long slotId) {
        Slot slot = schedule.slot(slotId);
        if (slot == null) {
            throw ClinicException.notFound("slot", slotId + " of schedule " + schedule.getId());
        }
        return slot;
    }
}
