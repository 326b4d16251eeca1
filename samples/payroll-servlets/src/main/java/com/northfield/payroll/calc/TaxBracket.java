package com.northfield.payroll.calc;

import java.math.BigDecimal;

/** One income tax band of a year: income from lowerBound up to upperBound (null: no limit) is taxed at rate. */
public class TaxBracket {

    private final BigDecimal lowerBound;
    private final BigDecimal upperBound;
    private final BigDecimal rate;

    public TaxBracket(BigDecimal lowerBound, BigDecimal upperBound, BigDecimal rate) {
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
        this.rate = rate;
    }

    public BigDecimal getLowerBound() {
        return lowerBound;
    }

    public BigDecimal getUpperBound() {
        return upperBound;
    }

    public BigDecimal getRate() {
        return rate;
    }

    /** The tax due in this band on a whole year's taxable income. */
    public BigDecimal taxOn(BigDecimal annualIncome) {
        if (annualIncome.compareTo(lowerBound) <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal top = upperBound == null || annualIncome.compareTo(upperBound) < 0 ? annualIncome : upperBound;
        return top.subtract(lowerBound).multiply(rate);
    }
}
