package com.northfield.payroll.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Progressive income tax on the annualised monthly pay ("cumulative basis" was dropped in 2016, every month is
 * taxed as if it were one twelfth of the year).
 */
public class TaxCalculator {

    private static final BigDecimal MONTHS = new BigDecimal("12");

    private final List<TaxBracket> brackets;

    public TaxCalculator(List<TaxBracket> brackets) {
        if (brackets == null || brackets.isEmpty()) {
            throw new IllegalArgumentException("no tax brackets");
        }
        this.brackets = new ArrayList<TaxBracket>(brackets);
        this.brackets.sort(Comparator.comparing(TaxBracket::getLowerBound));
    }

    public BigDecimal annualTax(BigDecimal annualTaxable) {
        BigDecimal tax = BigDecimal.ZERO;
        for (TaxBracket bracket : brackets) {
            tax = tax.add(bracket.taxOn(annualTaxable));
        }
        return tax.setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal monthlyTax(BigDecimal monthlyTaxable) {
        if (monthlyTaxable.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return annualTax(monthlyTaxable.multiply(MONTHS)).divide(MONTHS, 2, RoundingMode.HALF_UP);
    }
}
