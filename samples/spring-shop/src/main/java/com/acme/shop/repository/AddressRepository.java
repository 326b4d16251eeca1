package com.acme.shop.repository;

import com.acme.shop.domain.Address;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AddressRepository extends JpaRepository<Address, Long> {

    List<Address> findByCustomerIdOrderByIdAsc(Long customerId);

    Optional<Address> findFirstByCustomerIdAndDefaultShippingTrue(Long customerId);
}
