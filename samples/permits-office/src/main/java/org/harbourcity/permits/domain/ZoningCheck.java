package org.harbourcity.permits.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The answer of the zoning rules for one proposed work: allowed, or the reasons why not.
 */
public class ZoningCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String zone;
    private final List<String> reasons;

    public ZoningCheck(String zone, List<String> reasons) {
        this.zone = zone;
        this.reasons = Collections.unmodifiableList(new ArrayList<String>(reasons));
    }

    public String getZone() {
        return zone;
    }

    public boolean isAllowed() {
        return reasons.isEmpty();
    }

    public List<String> getReasons() {
        return reasons;
    }
}
