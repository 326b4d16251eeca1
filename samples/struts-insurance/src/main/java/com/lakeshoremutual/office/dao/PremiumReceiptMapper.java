package com.lakeshoremutual.office.dao;

import com.lakeshoremutual.office.domain.PremiumReceipt;
import java.math.BigDecimal;
import java.util.List;

/** premium_receipt (sqlmap/PremiumReceiptMapper.xml). */
public interface PremiumReceiptMapper {

    void insert(PremiumReceipt receipt);

    List<PremiumReceipt> findByPolicy(Long policyId);

    BigDecimal sumByPolicy(Long policyId);
}
