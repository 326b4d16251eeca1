package com.acme.shop.repository;

import com.acme.shop.domain.Cart;
import com.acme.shop.domain.enums.CartStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CartRepository extends JpaRepository<Cart, Long> {

    List<Cart> findByCustomerIdAndStatus(Long customerId, CartStatus status);

    @Query("select c from Cart c where c.status = com.acme.shop.domain.enums.CartStatus.OPEN "
            + "and c.updatedAt < :before")
    List<Cart> findStaleOpenCarts(@Param("before") LocalDateTime before);
}
