package com.riverside.clinic.repository;

import com.riverside.clinic.model.Slot;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SlotRepository extends JpaRepository<Slot, Long> {

    /** Locks the row: two desks booking the same slot at the same moment was a real incident (2023-05). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Slot s where s.id = :id")
    Optional<Slot> findForUpdate(@Param("id") Long id);

    @Query("select s from Slot s join fetch s.schedule sc join fetch sc.practitioner p join fetch p.specialty sp"
            + " where sc.workDate = :date and s.status = com.riverside.clinic.model.SlotStatus.FREE"
            + " and p.active = true and (:specialty is null or sp.code = :specialty)"
            + " order by s.startsAt, p.lastName")
    List<Slot> findFree(@Param("date") LocalDate date, @Param("specialty") String specialty);
}
