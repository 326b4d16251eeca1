package com.lakeshoremutual.office.dao;

import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.domain.PolicyCover;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Param;

/** policy and policy_cover (sqlmap/PolicyMapper.xml). */
public interface PolicyMapper {

    /** The policy with its holder and cover lines. */
    Policy findById(Long id);

    Policy findByNumber(String policyNo);

    /** Keys: name (start of the last name), policyNo, product, status; any may be missing. */
    List<Policy> search(Map<String, Object> criteria);

    void insert(Policy policy);

    void updatePolicyNo(@Param("id") Long id, @Param("policyNo") String policyNo);

    void insertCover(PolicyCover cover);

    int cancel(@Param("id") Long id, @Param("cancelledOn") Date cancelledOn);

    int countRenewalsDue(@Param("from") Date from, @Param("to") Date to);
}
