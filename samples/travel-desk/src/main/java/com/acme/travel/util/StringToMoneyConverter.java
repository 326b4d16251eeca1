package com.acme.travel.util;

import com.acme.travel.domain.Money;
import org.springframework.core.convert.converter.Converter;

/**
 * Reads request parameters such as {@code 1500EUR} or {@code 1500.50 GBP}.
 */
public class StringToMoneyConverter implements Converter<String, Money> {

    @Override
    public Money convert(String source) {
        return MoneyUtils.parse(source);
    }
}
