package com.example.bikes.bike;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last bikes a visitor looked at, kept in the HTTP session and listed on the fleet page.
 */
public class RecentlyViewedBikes implements Serializable {

    static final String SESSION_ATTRIBUTE = "recentlyViewedBikes";

    private static final int LIMIT = 3;

    private final LinkedHashMap<Integer, String> labels = new LinkedHashMap<>();

    public static RecentlyViewedBikes in(HttpSession session) {
        RecentlyViewedBikes viewed = (RecentlyViewedBikes) session.getAttribute(SESSION_ATTRIBUTE);
        return viewed != null ? viewed : new RecentlyViewedBikes();
    }

    public static void remember(HttpSession session, Bike bike) {
        RecentlyViewedBikes viewed = in(session);
        viewed.labels.remove(bike.getId());
        viewed.labels.put(bike.getId(), bike.getLabel());
        while (viewed.labels.size() > LIMIT) {
            viewed.labels.remove(viewed.labels.keySet().iterator().next());
        }
        session.setAttribute(SESSION_ATTRIBUTE, viewed);
    }

    /** Latest first. */
    public List<Entry> getEntries() {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<Integer, String> e : labels.entrySet()) {
            entries.add(0, new Entry(e.getKey(), e.getValue()));
        }
        return entries;
    }

    public boolean isEmpty() {
        return labels.isEmpty();
    }

    public record Entry(Integer bikeId, String label) implements Serializable {
    }
}
