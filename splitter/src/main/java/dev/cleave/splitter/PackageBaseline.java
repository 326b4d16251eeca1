package dev.cleave.splitter;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The trivial decomposition every proposal must beat: one service per package, cut at the depth below the project's
 * root package that agrees best with a reference. A class in a package shallower than the depth stays in its own
 * package's service. What a user gets for free from the package names; the splitter's proposal is worth what it adds.
 *
 * @param depth    package segments below the root package that name a service (1: {@code root.order},
 *                 {@code root.catalog}...)
 * @param packages service name → the package it stands for, sorted by name
 * @param plan     the baseline as a plan (services {@code package-1}, {@code package-2}... in package order, no
 *                 shared library)
 * @param mojoFm   MoJoFM of the baseline against the reference
 */
public record PackageBaseline(int depth, Map<String, String> packages, Plan plan, double mojoFm) {

    public PackageBaseline {
        packages = Map.copyOf(packages);
        Objects.requireNonNull(plan, "plan");
    }

    /**
     * The package baseline of {@code classes} (fully-qualified top-level class names) that scores best against
     * {@code reference}, over every depth from 1 to the deepest package; the shallowest wins a tie.
     *
     * @throws IllegalArgumentException when no class is given, or none is placed by the reference
     */
    public static PackageBaseline best(Collection<String> classes, Plan reference) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(classes));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no classes to group by package");
        }
        String root = null;
        int deepest = 0;
        for (String c : sorted) {
            String pkg = packageOf(c);
            root = root == null ? pkg : common(root, pkg);
        }
        for (String c : sorted) {
            deepest = Math.max(deepest, segments(packageOf(c)) - segments(root));
        }
        PackageBaseline best = null;
        for (int depth = 1; depth <= Math.max(1, deepest); depth++) {
            PackageBaseline candidate = at(sorted, root, depth, reference);
            if (best == null || candidate.mojoFm() > best.mojoFm()) {
                best = candidate;
            }
        }
        return best;
    }

    private static PackageBaseline at(List<String> classes, String root, int depth, Plan reference) {
        Map<String, List<String>> byPackage = new TreeMap<>();
        for (String c : classes) {
            byPackage.computeIfAbsent(cut(packageOf(c), root, depth), k -> new ArrayList<>()).add(c);
        }
        List<Service> services = new ArrayList<>();
        Map<String, String> packages = new TreeMap<>();
        int i = 1;
        for (Map.Entry<String, List<String>> e : byPackage.entrySet()) {
            String name = "package-" + i++;
            services.add(Service.of(name, e.getValue()));
            packages.put(name, e.getKey().isEmpty() ? "(default package)" : e.getKey());
        }
        Plan plan = Plan.of(services, List.of());
        return new PackageBaseline(depth, packages, plan, MoJoFM.of(plan, reference));
    }

    /** The package's first {@code depth} segments below {@code root} (the package itself when shallower). */
    private static String cut(String pkg, String root, int depth) {
        String[] below = pkg.length() == root.length() ? new String[0]
                : pkg.substring(root.isEmpty() ? 0 : root.length() + 1).split("\\.");
        StringBuilder s = new StringBuilder(root);
        for (int i = 0; i < Math.min(depth, below.length); i++) {
            s.append(s.isEmpty() ? "" : ".").append(below[i]);
        }
        return s.toString();
    }

    private static String packageOf(String fqn) {
        int dot = fqn.lastIndexOf('.');
        return dot < 0 ? "" : fqn.substring(0, dot);
    }

    private static int segments(String pkg) {
        return pkg.isEmpty() ? 0 : pkg.split("\\.").length;
    }

    private static String common(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]) && !x[i].isEmpty(); i++) {
            s.append(i == 0 ? "" : ".").append(x[i]);
        }
        return s.toString();
    }
}
