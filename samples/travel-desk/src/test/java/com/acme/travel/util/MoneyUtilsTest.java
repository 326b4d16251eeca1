package com.acme.travel.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.travel.domain.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyUtilsTest {

    private final StringToMoneyConverter converter = new StringToMoneyConverter();

    @Test
    void readsAmountsWithOrWithoutSpaceAndDecimals() {
        assertThat(converter.convert("1500EUR")).isEqualTo(Money.of(new BigDecimal("1500"), "EUR"));
        assertThat(converter.convert(" 99.5 gbp ")).isEqualTo(Money.of(new BigDecimal("99.50"), "GBP"));
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThatThrownBy(() -> converter.convert("12bananas"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'12bananas' is not an amount such as 1500EUR");
        assertThatThrownBy(() -> converter.convert("1500")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsWithGroupingWhateverTheLocale() {
        assertThat(MoneyUtils.format(Money.of(new BigDecimal("1150"), "EUR"))).isEqualTo("1,150.00 EUR");
        assertThat(MoneyUtils.format(null)).isEmpty();
    }
}
