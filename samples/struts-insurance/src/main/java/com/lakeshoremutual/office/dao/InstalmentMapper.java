package com.lakeshoremutual.office.dao;

import com.lakeshoremutual.office.domain.Instalment;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** instalment (sqlmap/InstalmentMapper.xml). */
public interface InstalmentMapper {

    List<Instalment> findByPolicy(Long policyId);

    void insertAll(@Param("list") List<Instalment> instalments);

    int update(Instalment instalment);

    int cancelDueAfter(@Param("policyId") Long policyId, @Param("date") Date date);

    /** Unpaid instalments due before the day, with the policy number and holder name, oldest first. */
    List<Instalment> findOverdue(@Param("dueBefore") Date dueBefore);

    Instalment findOldestOverdue(@Param("policyId") Long policyId, @Param("dueBefore") Date dueBefore);

    int countPoliciesOverdue(@Param("dueBefore") Date dueBefore);
}
