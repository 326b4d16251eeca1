package com.example.bikes.maintenance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Integer> {

    List<ServiceRecord> findByDoneFalseOrderByDueDateAscIdAsc();

    List<ServiceRecord> findByDoneTrueOrderByDueDateDescIdDesc();

    List<ServiceRecord> findByBikeIdOrderByDueDateDesc(Integer bikeId);
}
