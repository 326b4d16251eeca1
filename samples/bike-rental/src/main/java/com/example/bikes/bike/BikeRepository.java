package com.example.bikes.bike;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BikeRepository extends JpaRepository<Bike, Integer> {

    @Query("""
            SELECT bike FROM Bike bike
            WHERE (:type IS NULL OR bike.type = :type)
              AND (:size IS NULL OR bike.frameSize = :size)
            ORDER BY bike.id""")
    List<Bike> search(@Param("type") BikeType type, @Param("size") FrameSize size);

    Optional<Bike> findFirstByTypeAndStatusOrderByIdAsc(BikeType type, BikeStatus status);

    boolean existsByFrameNumber(String frameNumber);
}
