package org.harbourcity.permits.service;

import java.util.HashMap;
import java.util.Map;
import javax.annotation.PostConstruct;
import javax.ejb.DependsOn;
import javax.ejb.Lock;
import javax.ejb.LockType;
import javax.ejb.Singleton;
import javax.ejb.Startup;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.harbourcity.permits.domain.PermitType;

/**
 * Permit numbers: the type's prefix, the year and a counter per year shared by all types (BP-2024-0009,
 * SG-2024-0010). The counters start from the highest number in the database and live in memory: a number taken by
 * an application that is then rolled back is not reused (the auditors accepted the gaps in 2016).
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class PermitNumberGenerator {

    @PersistenceContext(unitName = "permits")
    private EntityManager em;

    private final Map<Integer, Integer> lastByYear = new HashMap<Integer, Integer>();

    @PostConstruct
    void loadCounters() {
        for (String number : em.createNamedQuery("PermitApplication.numbers", String.class).getResultList()) {
            remember(number);
        }
    }

    @Lock(LockType.WRITE)
    public String next(PermitType type, int year) {
        Integer last = lastByYear.get(year);
        int next = last == null ? 1 : last + 1;
        lastByYear.put(year, next);
        return format(type, year, next);
    }

    static String format(PermitType type, int year, int counter) {
        return String.format("%s-%d-%04d", type.getPrefix(), year, counter);
    }

    private void remember(String number) {
        String[] parts = number.split("-");
        if (parts.length != 3) {
            return;
        }
        int year = Integer.parseInt(parts[1]);
        int counter = Integer.parseInt(parts[2]);
        Integer last = lastByYear.get(year);
        if (last == null || counter > last) {
            lastByYear.put(year, counter);
        }
    }
}
