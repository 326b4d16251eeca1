package org.example.library.util;

/**
 * Application wide constants. (Constant interface, implemented by classes that want the names
 * unqualified - see Effective Java item 22 for why we should not have done that.)
 */
public interface LibraryConstants {

    String LIBRARY_NAME = "Springfield Public Library";
    String DATE_FORMAT = "yyyy-MM-dd";
    String CHARSET = "UTF-8";
    String JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

    String STATUS_ACTIVE = "ACTIVE";
    String STATUS_SUSPENDED = "SUSPENDED";
    String STATUS_EXPIRED = "EXPIRED";

    String STAFF_TOKEN_HEADER = "X-Staff-Token";
    String CONFIG_FILE = "/library.properties";
    String JNDI_MAPPING_FILE = "/ejb-jndi.properties";

    int MAX_PAGE_SIZE = 100;
    int MEMBERSHIP_MONTHS = 12;
}
