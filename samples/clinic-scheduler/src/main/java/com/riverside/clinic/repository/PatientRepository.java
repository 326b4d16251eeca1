package com.riverside.clinic.repository;

import com.riverside.clinic.model.Patient;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PatientRepository extends JpaRepository<Patient, Long> {

    @Query("select p from Patient p where lower(p.lastName) like lower(concat('%', :name, '%'))"
            + " or lower(p.firstName) like lower(concat('%', :name, '%')) order by p.lastName, p.firstName")
    List<Patient> search(@Param("name") String name);

    List<Patient> findAllByOrderByLastNameAscFirstNameAsc();

    boolean existsByEmailIgnoreCase(String email);
}
