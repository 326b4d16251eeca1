package org.harbourcity.permits.config;

import java.util.logging.Logger;
import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.ejb.ConcurrencyManagement;
import javax.ejb.ConcurrencyManagementType;
import javax.ejb.Singleton;
import javax.ejb.Startup;

/**
 * The office's settings, from the env-entries of web.xml (the server's administrator overrides them per
 * environment). Read once at start-up.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OfficeSettings {

    private static final Logger LOG = Logger.getLogger(OfficeSettings.class.getName());

    @Resource(name = "officeName")
    private String officeName = "Building Permits Office";

    /** the year of the fee schedule quotes use when none is given; the council sets it every December */
    @Resource(name = "feeYear")
    private Integer feeYear = 2024;

    /** the statutory time for a decision, in working days after submission */
    @Resource(name = "decisionWorkingDays")
    private Integer decisionWorkingDays = 20;

    @Resource(name = "permitValidityMonths")
    private Integer permitValidityMonths = 12;

    /** calendar days to pay an invoice */
    @Resource(name = "paymentTermDays")
    private Integer paymentTermDays = 30;

    @PostConstruct
    void announce() {
        LOG.info(officeName + ": fee year " + feeYear + ", decisions in " + decisionWorkingDays + " working days");
    }

    public String getOfficeName() {
        return officeName;
    }

    public int getFeeYear() {
        return feeYear;
    }

    public int getDecisionWorkingDays() {
        return decisionWorkingDays;
    }

    public int getPermitValidityMonths() {
        return permitValidityMonths;
    }

    public int getPaymentTermDays() {
        return paymentTermDays;
    }
}
