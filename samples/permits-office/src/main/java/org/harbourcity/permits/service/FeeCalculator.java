package org.harbourcity.permits.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.enterprise.context.ApplicationScoped;
import org.harbourcity.permits.domain.FeeRate;

/**
 * The fee schedule's formula: the base fee plus the rate for every started square metre, never less than the
 * minimum.
 */
@ApplicationScoped
public class FeeCalculator {

    public BigDecimal fee(FeeRate rate, BigDecimal areaM2) {
        BigDecimal metres = areaM2 == null ? BigDecimal.ZERO : areaM2.setScale(0, RoundingMode.CEILING);
        BigDecimal fee = rate.getBaseFee().add(rate.getPerM2().multiply(metres));
        if (fee.compareTo(rate.getMinimumFee()) < 0) {
            fee = rate.getMinimumFee();
        }
        return fee.setScale(2, RoundingMode.HALF_UP);
    }
}
