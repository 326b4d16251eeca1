package com.acme.travel.repository;

import com.acme.travel.domain.Trip;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TripRepository extends JpaRepository<Trip, Long> {

    Optional<Trip> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select t from Trip t join fetch t.destination d where d.code = :code order by t.code")
    List<Trip> findByDestinationCode(@Param("code") String destinationCode);

    @Query("select t from Trip t join fetch t.destination "
            + "where t.price.currency = :currency and t.price.amount <= :max "
            + "order by t.price.amount, t.code")
    List<Trip> findAffordable(@Param("max") BigDecimal maxAmount, @Param("currency") String currency);

    @Query("select t from Trip t join fetch t.destination order by t.code")
    List<Trip> findAllWithDestination();
}
