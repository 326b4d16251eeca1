package com.lakeshoremutual.office.util;

import java.util.Date;

/**
 * The processing date of the office. Production leaves it empty (today); the training and test servers fix it in
 * office.properties so that arrears, renewals and claim dates always tell the same story.
 */
public class BusinessCalendar {

    private Date processingDate;

    public void setProcessingDate(String processingDate) {
        if (processingDate == null || processingDate.trim().length() == 0) {
            this.processingDate = null;
            return;
        }
        Date parsed = DateUtils.parse(processingDate);
        if (parsed == null) {
            throw new IllegalArgumentException("office.processingDate must be MM/dd/yyyy: " + processingDate);
        }
        this.processingDate = parsed;
    }

    public Date today() {
        return processingDate != null ? processingDate : DateUtils.truncate(new Date());
    }
}
