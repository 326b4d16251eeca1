package com.riverside.clinic.controller;

import com.riverside.clinic.dto.AppointmentDto;
import com.riverside.clinic.dto.BookingRequest;
import com.riverside.clinic.model.Appointment;
import com.riverside.clinic.service.AppointmentService;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
public class AppointmentController {

    @Autowired
    private AppointmentService appointmentService;

    @PostMapping("/api/appointments")
    public ResponseEntity<AppointmentDto> book(@Valid @RequestBody BookingRequest request) {
        Appointment appointment = appointmentService.book(request);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(appointment.getId()).toUri();
        return ResponseEntity.created(location).body(AppointmentDto.from(appointment));
    }

    @GetMapping("/api/appointments/{id}")
    public AppointmentDto get(@PathVariable Long id) {
        return AppointmentDto.from(appointmentService.get(id));
    }

    @GetMapping("/api/patients/{patientId}/appointments")
    public List<AppointmentDto> forPatient(@PathVariable Long patientId) {
        return appointmentService.forPatient(patientId).stream().map(AppointmentDto::from).toList();
    }

    @PostMapping("/api/appointments/{id}/cancel")
    public AppointmentDto cancel(@PathVariable Long id) {
        return AppointmentDto.from(appointmentService.cancel(id));
    }

    @PostMapping("/api/appointments/{id}/attend")
    public AppointmentDto attend(@PathVariable Long id) {
        return AppointmentDto.from(appointmentService.attend(id));
    }
}
