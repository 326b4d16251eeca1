package com.riverside.clinic.controller;

import com.riverside.clinic.dto.ScheduleRequest;
import com.riverside.clinic.dto.SlotDto;
import com.riverside.clinic.model.Practitioner;
import com.riverside.clinic.model.Schedule;
import com.riverside.clinic.model.Slot;
import com.riverside.clinic.model.Specialty;
import com.riverside.clinic.service.ScheduleService;
import com.riverside.clinic.util.ClinicUtils;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Practitioners, their specialties and their working days (schedules and slots).
 */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
public class PractitionerController {

    private final ScheduleService scheduleService;

    @GetMapping("/specialties")
    public List<Specialty> specialties() {
        return scheduleService.specialties();
    }

    @GetMapping("/practitioners")
    public List<Practitioner> practitioners(@RequestParam(required = false) String specialty) {
        return scheduleService.practitioners(specialty);
    }

    @GetMapping("/practitioners/{id}")
    public Practitioner practitioner(@PathVariable Long id) {
        return scheduleService.practitioner(id);
    }

    @PostMapping("/practitioners/{id}/schedules")
    public ResponseEntity<Schedule> openSchedule(@PathVariable Long id, @Valid @RequestBody ScheduleRequest request) {
        Schedule schedule = scheduleService.open(id, request);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/schedules/{id}")
                .buildAndExpand(schedule.getId()).toUri();
        return ResponseEntity.created(location).body(schedule);
    }

    @GetMapping("/schedules/{id}")
    public Schedule schedule(@PathVariable Long id) {
        return scheduleService.schedule(id);
    }

    @DeleteMapping("/schedules/{id}")
    public ResponseEntity<Void> deleteSchedule(@PathVariable Long id) {
        scheduleService.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/schedules/{id}/slots/{slotId}/block")
    public Slot block(@PathVariable Long id, @PathVariable Long slotId) {
        return scheduleService.block(id, slotId);
    }

    @DeleteMapping("/schedules/{id}/slots/{slotId}")
    public Schedule removeSlot(@PathVariable Long id, @PathVariable Long slotId) {
        return scheduleService.removeSlot(id, slotId);
    }

    /** Free slots of a day, as the booking screen shows them. The old screen sends dd-MM-yyyy. */
    @GetMapping("/slots")
    public List<SlotDto> freeSlots(@RequestParam String date, @RequestParam(required = false) String specialty) {
        LocalDate day = ClinicUtils.parseDate(date);
        if (day == null) {
            throw new IllegalArgumentException("date: not a date: " + date);
        }
        return scheduleService.freeSlots(day, specialty).stream().map(SlotDto::from).toList();
    }
}
