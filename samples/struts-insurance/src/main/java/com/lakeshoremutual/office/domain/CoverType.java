package com.lakeshoremutual.office.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A cover of a product (HOME or AUTO) and how it is rated: a rate per thousand dollars insured, or a flat premium.
 */
public class CoverType implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String product;
    private String name;
    private BigDecimal ratePerMille;
    private BigDecimal flatPremium;
    private int sortOrder;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getRatePerMille() {
        return ratePerMille;
    }

    public void setRatePerMille(BigDecimal ratePerMille) {
        this.ratePerMille = ratePerMille;
    }

    public BigDecimal getFlatPremium() {
        return flatPremium;
    }

    public void setFlatPremium(BigDecimal flatPremium) {
        this.flatPremium = flatPremium;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isFlatRated() {
        return flatPremium != null && flatPremium.signum() > 0;
    }
}
