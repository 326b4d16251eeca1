package com.example.bikes.bike;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface BikeTypeRepository extends Repository<BikeType, Integer> {

    List<BikeType> findAllByOrderByDailyRateAsc();

    Optional<BikeType> findByNameIgnoreCase(String name);
}
