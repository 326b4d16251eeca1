package com.lakeshoremutual.office.dao;

import com.lakeshoremutual.office.domain.ClaimPayment;
import java.math.BigDecimal;
import java.util.List;

/** claim_payment (sqlmap/ClaimPaymentMapper.xml). */
public interface ClaimPaymentMapper {

    List<ClaimPayment> findByClaim(Long claimId);

    void insert(ClaimPayment payment);

    BigDecimal sumNetPaid(Long claimId);

    BigDecimal sumDeductibleApplied(Long claimId);
}
