package com.lakeshoremutual.office.web;

/**
 * Names shared by the actions, the filter and the JSPs: session and request attributes, roles, Spring bean names.
 */
public interface WebKeys {

    /** Session attribute holding the {@link UserSession}. */
    String USER = "user";

    String ROLE_CLAIMS = "CLAIMS";
    String ROLE_UNDERWRITER = "UNDERWRITER";
    String ROLE_ACCOUNTS = "ACCOUNTS";
    String ROLE_SUPERVISOR = "SUPERVISOR";

    String STAFF_SERVICE = "staffService";
    String POLICY_SERVICE = "policyService";
    String CLAIM_SERVICE = "claimService";
    String BILLING_SERVICE = "billingService";
    String BUSINESS_CALENDAR = "businessCalendar";

    /** Forward names used by every action. */
    String SUCCESS = "success";
    String VIEW = "view";
}
