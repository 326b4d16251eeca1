package dev.cleave.web.store;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small and large plans for the store tests. */
final class Plans {
    private Plans() {
    }

    /** One service holding the given classes. */
    static Plan plan(String service, String... classes) {
        return Plan.of(List.of(Service.of(service, List.of(classes))), List.of());
    }

    /** The plan with {@code className} moved into {@code service} (created when missing). */
    static Plan move(Plan plan, String className, String service) {
        Map<String, List<String>> classes = new TreeMap<>();
        for (Service s : plan.services()) {
            List<String> kept = new ArrayList<>(s.classes());
            kept.remove(className);
            classes.put(s.name(), kept);
        }
        classes.computeIfAbsent(service, name -> new ArrayList<>()).add(className);
        List<Service> services = classes.entrySet().stream().map(e -> Service.of(e.getKey(), e.getValue())).toList();
        return plan.withServices(services);
    }

    /**
     * A plan of {@code classes} classes in ten services whose content depends on {@code version}: the version is
     * in the fingerprint and rotates which service holds which class, so every version has different bytes.
     */
    static Plan large(long version, int classes) {
        List<List<String>> byService = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            byService.add(new ArrayList<>());
        }
        for (int c = 0; c < classes; c++) {
            byService.get((int) ((c + version) % 10)).add("com.example.module" + (c % 37) + ".SomeRatherLongClassName" + c);
        }
        List<Service> services = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            services.add(Service.of("service-" + s, byService.get(s)));
        }
        return new Plan(Plan.SCHEMA_VERSION, "version-" + version, null, null, services, List.of(), List.of(),
                List.of(), null);
    }

    /** The version that {@link #large} put into the plan. */
    static long versionOf(Plan largePlan) {
        return Long.parseLong(largePlan.graphFingerprint().substring("version-".length()));
    }
}
