package com.acme.shop.repository;

import com.acme.shop.domain.ShopSetting;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ShopSettingRepository extends JpaRepository<ShopSetting, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ShopSetting s where s.key = :key")
    Optional<ShopSetting> findForUpdate(@Param("key") String key);

    @Query("select s from ShopSetting s where s.key not like 'seq.%' order by s.key")
    List<ShopSetting> findEditable();
}
