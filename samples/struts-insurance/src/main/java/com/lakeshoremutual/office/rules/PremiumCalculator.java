package com.lakeshoremutual.office.rules;

import com.lakeshoremutual.office.domain.CoverType;
import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.domain.PolicyCover;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The 2009 rating manual: each rated cover costs its rate per $1,000 insured, less a credit for a higher
 * deductible; flat covers cost their flat premium; a policy costs at least the product's minimum premium.
 */
public class PremiumCalculator {

    private static final BigDecimal THOUSAND = new BigDecimal("1000");
    private static final BigDecimal MINIMUM_HOME = new BigDecimal("300.00");
    private static final BigDecimal MINIMUM_AUTO = new BigDecimal("500.00");

    /** The deductibles the office sells. */
    public static final int[] DEDUCTIBLES = {500, 1000, 2500};

    /** Credit for a deductible: none at $500, 8% at $1,000, 15% at $2,500. */
    public BigDecimal deductibleCredit(BigDecimal deductible) {
        if (deductible == null || deductible.compareTo(new BigDecimal("1000")) < 0) {
            return BigDecimal.ZERO;
        }
        return deductible.compareTo(new BigDecimal("2500")) < 0 ? new BigDecimal("0.08") : new BigDecimal("0.15");
    }

    /** The premium of one cover line, rounded to cents. */
    public BigDecimal coverPremium(CoverType type, BigDecimal sumInsured, BigDecimal deductible) {
        if (type.isFlatRated()) {
            return type.getFlatPremium().setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal base = sumInsured.multiply(type.getRatePerMille()).divide(THOUSAND);
        BigDecimal credit = BigDecimal.ONE.subtract(deductibleCredit(deductible));
        return base.multiply(credit).setScale(2, RoundingMode.HALF_UP);
    }

    /** Prices every cover line of the policy (sets their premium) and returns the annual premium. */
    public BigDecimal annualPremium(String product, List<PolicyCover> covers) {
        BigDecimal total = BigDecimal.ZERO;
        for (PolicyCover cover : covers) {
            BigDecimal premium = coverPremium(cover.getCoverType(), cover.getSumInsured(), cover.getDeductible());
            cover.setPremium(premium);
            total = total.add(premium);
        }
        BigDecimal minimum = Policy.PRODUCT_HOME.equals(product) ? MINIMUM_HOME : MINIMUM_AUTO;
        return total.compareTo(minimum) < 0 ? minimum : total;
    }
}
