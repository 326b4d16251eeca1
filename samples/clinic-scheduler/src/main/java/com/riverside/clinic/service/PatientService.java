package com.riverside.clinic.service;

import com.riverside.clinic.model.Patient;
import com.riverside.clinic.repository.AppointmentRepository;
import com.riverside.clinic.repository.InvoiceRepository;
import com.riverside.clinic.repository.PatientRepository;
import com.riverside.clinic.util.ClinicUtils;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class PatientService {

    private final PatientRepository patientRepository;
    private final AppointmentRepository appointmentRepository;
    private final InvoiceRepository invoiceRepository;
    private final Clock clock;

    public PatientService(PatientRepository patientRepository, AppointmentRepository appointmentRepository,
            InvoiceRepository invoiceRepository, Clock clock) {
        this.patientRepository = patientRepository;
        this.appointmentRepository = appointmentRepository;
        this.invoiceRepository = invoiceRepository;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Patient> find(String name) {
        if (ClinicUtils.isBlank(name)) {
            return patientRepository.findAllByOrderByLastNameAscFirstNameAsc();
        }
        return patientRepository.search(name.trim());
    }

    @Transactional(readOnly = true)
    public Patient get(Long id) {
        return patientRepository.findById(id).orElseThrow(() -> ClinicException.notFound("patient", id));
    }

    public Patient register(Patient patient) {
        if (patient.getEmail() != null && patientRepository.existsByEmailIgnoreCase(patient.getEmail())) {
            throw ClinicException.conflict("DUPLICATE_PATIENT",
                    "a patient with e-mail " + patient.getEmail().toLowerCase() + " is already registered");
        }
        patient.setId(null);
        clean(patient);
        patient.setCreatedAt(LocalDateTime.now(clock));
        return patientRepository.save(patient);
    }

    public Patient update(Long id, Patient changes) {
        Patient patient = get(id);
        patient.setFirstName(changes.getFirstName());
        patient.setLastName(changes.getLastName());
        patient.setDateOfBirth(changes.getDateOfBirth());
        patient.setEmail(changes.getEmail());
        patient.setPhone(changes.getPhone());
        patient.setInsuranceNumber(changes.getInsuranceNumber());
        clean(patient);
        return patient;
    }

    /** Only for patients registered by mistake: anyone with appointments or invoices must be kept (WGBO). */
    public void delete(Long id) {
        Patient patient = get(id);
        if (appointmentRepository.existsByPatientId(id) || invoiceRepository.existsByPatientId(id)) {
            throw ClinicException.conflict("PATIENT_HAS_HISTORY",
                    "patient " + id + " has appointments or invoices and cannot be deleted");
        }
        patientRepository.delete(patient);
    }

    private static void clean(Patient patient) {
        patient.setFirstName(ClinicUtils.capitalize(patient.getFirstName()));
        patient.setLastName(patient.getLastName().trim());
        patient.setEmail(patient.getEmail() == null ? null : patient.getEmail().trim().toLowerCase());
        patient.setPhone(ClinicUtils.normalisePhone(patient.getPhone()));
        patient.setInsuranceNumber(ClinicUtils.blankToNull(patient.getInsuranceNumber()));
    }
}
