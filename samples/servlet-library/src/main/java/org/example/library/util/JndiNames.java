package org.example.library.util;

/**
 * JNDI names of the session facades. Kept from the days when they were real EJBs looked up in
 * the application server; the ServiceLocator still resolves them by these names.
 */
public interface JndiNames {

    String CATALOG_FACADE = "java:comp/env/ejb/CatalogFacade";
    String MEMBER_FACADE = "java:comp/env/ejb/MemberFacade";
    String CIRCULATION_MANAGER = "java:comp/env/ejb/CirculationManager";
    String RESERVATION_FACADE = "java:comp/env/ejb/ReservationFacade";
    String BILLING_FACADE = "java:comp/env/ejb/BillingFacade";
    String NOTIFICATION_FACADE = "java:comp/env/ejb/NotificationFacade";
    String REPORT_FACADE = "java:comp/env/ejb/ReportFacade";
}
