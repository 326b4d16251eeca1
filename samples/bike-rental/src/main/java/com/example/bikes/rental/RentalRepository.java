package com.example.bikes.rental;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RentalRepository extends JpaRepository<Rental, Integer> {

    List<Rental> findByCustomerIdOrderByStartDateDesc(Integer customerId);

    List<Rental> findAllByOrderByStartDateDescIdDesc();
}
