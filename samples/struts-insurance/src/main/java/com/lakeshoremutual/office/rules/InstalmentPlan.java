package com.lakeshoremutual.office.rules;

import com.lakeshoremutual.office.domain.Instalment;
import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.util.DateUtils;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Premium instalments and how receipts pay them. Annual plans pay once at inception. Monthly plans pay twelve
 * instalments on the inception day of each month, each with the instalment fee; the cents that do not divide by
 * twelve go on the first one. A receipt pays the oldest unpaid instalments first.
 */
public class InstalmentPlan {

    private static final BigDecimal TWELVE = new BigDecimal("12");

    private BigDecimal instalmentFee = new BigDecimal("3.00");

    public void setInstalmentFee(BigDecimal instalmentFee) {
        this.instalmentFee = instalmentFee;
    }

    public List<Instalment> schedule(Policy policy) {
        List<Instalment> instalments = new ArrayList<Instalment>();
        BigDecimal premium = policy.getAnnualPremium();
        if (Policy.PLAN_ANNUAL.equals(policy.getPaymentPlan())) {
            instalments.add(instalment(policy, 1, premium));
            return instalments;
        }
        BigDecimal monthly = premium.divide(TWELVE, 2, RoundingMode.DOWN);
        BigDecimal remainder = premium.subtract(monthly.multiply(TWELVE));
        for (int n = 1; n <= 12; n++) {
            BigDecimal amount = monthly.add(instalmentFee);
            if (n == 1) {
                amount = amount.add(remainder);
            }
            instalments.add(instalment(policy, n, amount));
        }
        return instalments;
    }

    private Instalment instalment(Policy policy, int seq, BigDecimal amount) {
        Instalment instalment = new Instalment();
        instalment.setPolicyId(policy.getId());
        instalment.setSeq(seq);
        instalment.setDueDate(DateUtils.addMonths(policy.getInceptionDate(), seq - 1));
        instalment.setAmount(amount.setScale(2));
        instalment.setPaidAmount(BigDecimal.ZERO.setScale(2));
        instalment.setStatus(Instalment.STATUS_DUE);
        return instalment;
    }

    /**
     * Spreads a receipt over the unpaid instalments, oldest first, and returns those it changed (a part payment
     * leaves the instalment due). What is left after the last instalment is returned by {@link #unallocated}.
     */
    public List<Instalment> allocate(List<Instalment> instalments, BigDecimal amount) {
        List<Instalment> changed = new ArrayList<Instalment>();
        BigDecimal left = amount;
        for (Instalment instalment : instalments) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal outstanding = instalment.getOutstanding();
            if (outstanding.signum() <= 0) {
                continue;
            }
            BigDecimal paid = left.min(outstanding);
            instalment.setPaidAmount(instalment.getPaidAmount().add(paid));
            if (instalment.getPaidAmount().compareTo(instalment.getAmount()) >= 0) {
                instalment.setStatus(Instalment.STATUS_PAID);
            }
            left = left.subtract(paid);
            changed.add(instalment);
        }
        return changed;
    }

    /** What a receipt leaves over once every instalment is paid (a credit on the account). */
    public BigDecimal unallocated(List<Instalment> instalments, BigDecimal amount) {
        BigDecimal outstanding = BigDecimal.ZERO;
        for (Instalment instalment : instalments) {
            outstanding = outstanding.add(instalment.getOutstanding());
        }
        BigDecimal left = amount.subtract(outstanding);
        return left.signum() > 0 ? left : BigDecimal.ZERO;
    }
}
