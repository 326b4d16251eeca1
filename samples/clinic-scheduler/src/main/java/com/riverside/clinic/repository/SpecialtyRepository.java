package com.riverside.clinic.repository;

import com.riverside.clinic.model.Specialty;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpecialtyRepository extends JpaRepository<Specialty, Long> {

    Optional<Specialty> findByCode(String code);

    List<Specialty> findAllByOrderByName();
}
