package com.lakeshoremutual.office.rules;

import java.math.BigDecimal;

/**
 * What a claim payment pays out: the gross loss amount less what is left of the deductible (taken once per claim,
 * from the first payments), never more than the cover's sum insured less what was already paid.
 */
public class SettlementCalculator {

    /** The part of the deductible still to be taken from this payment. */
    public BigDecimal deductibleToApply(BigDecimal gross, BigDecimal deductible, BigDecimal deductibleApplied) {
        BigDecimal left = deductible.subtract(deductibleApplied);
        if (left.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return left.min(gross).setScale(2);
    }

    public BigDecimal netPayment(BigDecimal gross, BigDecimal deductibleToApply) {
        return gross.subtract(deductibleToApply).setScale(2);
    }

    /** What the cover can still pay on this claim. */
    public BigDecimal remainingLimit(BigDecimal sumInsured, BigDecimal netPaid) {
        BigDecimal left = sumInsured.subtract(netPaid);
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left.setScale(2);
    }

    /** The reserve after a payment: reduced by the net amount, never below zero. */
    public BigDecimal reserveAfter(BigDecimal reserve, BigDecimal net) {
        BigDecimal left = reserve.subtract(net);
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left.setScale(2);
    }
}
