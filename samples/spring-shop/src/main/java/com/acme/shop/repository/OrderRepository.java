package com.acme.shop.repository;

import com.acme.shop.domain.Order;
import com.acme.shop.domain.enums.OrderStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderRepository extends JpaRepository<Order, Long> {

    Optional<Order> findByOrderNumber(String orderNumber);

    List<Order> findByCustomerIdOrderByIdAsc(Long customerId);

    List<Order> findByStatus(OrderStatus status);

    @Query("select count(o) > 0 from Order o join o.lines l "
            + "where o.customer.id = :customerId and l.product.id = :productId "
            + "and o.status in (com.acme.shop.domain.enums.OrderStatus.PAID, "
            + "com.acme.shop.domain.enums.OrderStatus.SHIPPED, com.acme.shop.domain.enums.OrderStatus.DELIVERED)")
    boolean hasPurchased(@Param("customerId") Long customerId, @Param("productId") Long productId);
}
