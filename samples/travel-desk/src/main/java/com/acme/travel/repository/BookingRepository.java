package com.acme.travel.repository;

import com.acme.travel.domain.Booking;
import com.acme.travel.domain.BookingStatus;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    List<Booking> findByCustomerIdOrderById(Long customerId);

    List<Booking> findByStatusOrderById(BookingStatus status);

    @Query("select b from Booking b join fetch b.trip join fetch b.customer order by b.id")
    List<Booking> findAllForListing();
}
