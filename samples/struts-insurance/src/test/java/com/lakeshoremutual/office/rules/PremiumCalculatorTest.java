package com.lakeshoremutual.office.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lakeshoremutual.office.domain.CoverType;
import com.lakeshoremutual.office.domain.PolicyCover;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rating manual on the figures of the training policies (checked by hand). */
class PremiumCalculatorTest {

    private final PremiumCalculator calculator = new PremiumCalculator();

    @Test
    void ratedCoversCostTheirRatePerThousandLessTheDeductibleCredit() {
        assertEquals(new BigDecimal("840.00"), calculator.coverPremium(dwelling(), amount("350000"), amount("500")));
        assertEquals(new BigDecimal("772.80"), calculator.coverPremium(dwelling(), amount("350000"), amount("1000")));
        assertEquals(new BigDecimal("856.80"), calculator.coverPremium(dwelling(), amount("420000"), amount("2500")));
    }

    @Test
    void flatCoversCostTheirFlatPremiumWhateverTheSumInsured() {
        assertEquals(new BigDecimal("48.00"), calculator.coverPremium(liability(), amount("500000"), BigDecimal.ZERO));
    }

    @Test
    void thePolicyCostsTheSumOfItsCoversAndEveryLineGetsItsPremium() {
        List<PolicyCover> covers = List.of(cover(dwelling(), "275000", "1000"), cover(contents(), "80000", "1000"),
                cover(liability(), "300000", "0"));
        assertEquals(new BigDecimal("883.36"), calculator.annualPremium("HOME", covers));
        assertEquals(new BigDecimal("607.20"), covers.get(0).getPremium());
        assertEquals(new BigDecimal("228.16"), covers.get(1).getPremium());
    }

    @Test
    void aSmallPolicyCostsTheMinimumPremium() {
        assertEquals(new BigDecimal("300.00"),
                calculator.annualPremium("HOME", List.of(cover(contents(), "20000", "500"))));
    }

    private static PolicyCover cover(CoverType type, String sumInsured, String deductible) {
        PolicyCover cover = new PolicyCover();
        cover.setCoverType(type);
        cover.setSumInsured(amount(sumInsured));
        cover.setDeductible(amount(deductible));
        return cover;
    }

    private static CoverType dwelling() {
        return type("HOME_BLDG", "2.40", "0");
    }

    private static CoverType contents() {
        return type("HOME_CONT", "3.10", "0");
    }

    private static CoverType liability() {
        return type("HOME_LIAB", "0", "48.00");
    }

    private static CoverType type(String code, String rate, String flat) {
        CoverType type = new CoverType();
        type.setCode(code);
        type.setRatePerMille(new BigDecimal(rate));
        type.setFlatPremium(new BigDecimal(flat));
        return type;
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text).setScale(2);
    }
}
