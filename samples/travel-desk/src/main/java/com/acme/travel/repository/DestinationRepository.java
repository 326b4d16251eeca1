package com.acme.travel.repository;

import com.acme.travel.domain.Destination;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DestinationRepository extends JpaRepository<Destination, Long> {

    Optional<Destination> findByCode(String code);

    List<Destination> findAllByOrderByCode();
}
