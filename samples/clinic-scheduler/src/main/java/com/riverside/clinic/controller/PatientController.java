package com.riverside.clinic.controller;

import com.riverside.clinic.dto.PatientDto;
import com.riverside.clinic.model.Patient;
import com.riverside.clinic.service.PatientService;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/patients")
public class PatientController {

    @Autowired
    private PatientService patientService;

    @GetMapping
    public List<PatientDto> list(@RequestParam(required = false) String name) {
        return patientService.find(name).stream().map(PatientDto::from).toList();
    }

    @GetMapping("/{id}")
    public Patient get(@PathVariable Long id) {
        return patientService.get(id);
    }

    @PostMapping
    public ResponseEntity<Patient> register(@Valid @RequestBody Patient patient) {
        Patient saved = patientService.register(patient);
        return created(saved.getId(), saved);
    }

    @PutMapping("/{id}")
    public Patient update(@PathVariable Long id, @Valid @RequestBody Patient patient) {
        return patientService.update(id, patient);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable Long id) {
        patientService.delete(id);
        return ResponseEntity.noContent().build();
    }

    private <T> ResponseEntity<T> created(Long id, T body) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(body);
    }
}
