package com.lakeshoremutual.office.dao;

import com.lakeshoremutual.office.domain.StaffUser;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** staff_user (sqlmap/StaffUserMapper.xml). */
public interface StaffUserMapper {

    StaffUser findByUsername(String username);

    StaffUser findById(Long id);

    List<StaffUser> findActiveByRole(@Param("roles") List<String> roles);
}
