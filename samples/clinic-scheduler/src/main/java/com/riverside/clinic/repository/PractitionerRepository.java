package com.riverside.clinic.repository;

import com.riverside.clinic.model.Practitioner;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PractitionerRepository extends JpaRepository<Practitioner, Long> {

    List<Practitioner> findByActiveTrueOrderByLastName();

    List<Practitioner> findBySpecialtyCodeAndActiveTrueOrderByLastName(String specialtyCode);
}
