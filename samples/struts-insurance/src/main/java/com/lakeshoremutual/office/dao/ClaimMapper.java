package com.lakeshoremutual.office.dao;

import com.lakeshoremutual.office.domain.Claim;
import com.lakeshoremutual.office.domain.ClaimNote;
import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** claim and claim_note (sqlmap/ClaimMapper.xml). */
public interface ClaimMapper {

    /** The claim with its policy, holder, cover, handler and diary. */
    Claim findById(Long id);

    List<Claim> search(@Param("status") String status, @Param("handlerId") Long handlerId,
            @Param("policyId") Long policyId);

    void insert(Claim claim);

    void updateClaimNo(@Param("id") Long id, @Param("claimNo") String claimNo);

    void insertNote(ClaimNote note);

    int updateReserve(@Param("id") Long id, @Param("reserve") BigDecimal reserve);

    int close(Long id);

    int countOpenByHandler(Long handlerId);

    int countOpenByPolicy(Long policyId);
}
