package org.harbourcity.permits.dto;

import java.math.BigDecimal;
import javax.json.bind.annotation.JsonbPropertyOrder;
import javax.json.bind.annotation.JsonbTypeSerializer;
import org.harbourcity.permits.util.DecimalAsNumber;

@JsonbPropertyOrder({"type", "year", "areaM2", "amount"})
public class FeeQuote {

    private final String type;
    private final int year;
    private final BigDecimal areaM2;
    private final BigDecimal amount;

    public FeeQuote(String type, int year, BigDecimal areaM2, BigDecimal amount) {
        this.type = type;
        this.year = year;
        this.areaM2 = areaM2;
        this.amount = amount;
    }

    public String getType() {
        return type;
    }

    public int getYear() {
        return year;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getAreaM2() {
        return areaM2;
    }

    @JsonbTypeSerializer(DecimalAsNumber.class)
    public BigDecimal getAmount() {
        return amount;
    }
}
