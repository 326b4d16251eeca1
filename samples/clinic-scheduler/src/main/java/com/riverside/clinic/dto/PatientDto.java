package com.riverside.clinic.dto;

import com.riverside.clinic.model.Patient;
import com.riverside.clinic.util.ClinicUtils;
import java.time.LocalDate;

/** A row of the patient list: the insurance number is masked, the reception screen is on a shared desk. */
public record PatientDto(Long id, String name, LocalDate dateOfBirth, String phone, String email,
        String insuranceNumber) {

    public static PatientDto from(Patient p) {
        return new PatientDto(p.getId(), ClinicUtils.fullName(p.getFirstName(), p.getLastName()), p.getDateOfBirth(),
                p.getPhone(), p.getEmail(), ClinicUtils.maskInsuranceNumber(p.getInsuranceNumber()));
    }
}
