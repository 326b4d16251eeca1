package dev.cleave.model;

import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One planned service.
 *
 * @param name     service name: lower case letters, digits and '-', starting with a letter (it becomes a Maven
 *                 artifact, a host name and a Kubernetes name)
 * @param classes  fully-qualified names of the top-level types it owns, sorted
 * @param pinned   the subset of {@code classes} the user pinned here, sorted
 * @param tables   tables it owns, sorted
 * @param port     HTTP port of the generated service; 0 = chosen by codegen
 * @param settings free-form settings for code generation, sorted by key
 */
public record Service(String name, List<String> classes, List<String> pinned, List<String> tables, int port,
                      Map<String, String> settings) {
    /**
     * Names a service cannot have: the plan's own places ({@code shared}, {@code unassigned}) and what the generated
     * system already names so ({@code gateway}, {@code database}, and {@code kustomization}, the Kubernetes file
     * beside each unit's manifest).
     */
    public static final java.util.Set<String> RESERVED_NAMES = java.util.Set.of("shared", "unassigned", "gateway",
            "database", "kustomization");

    /** Why a name cannot be a service's ({@link #RESERVED_NAMES}), or null when it can. */
    public static String reservedNameProblem(String name) {
        return RESERVED_NAMES.contains(name) ? "service name '" + name + "' is reserved (" + String.join(", ",
                new java.util.TreeSet<>(RESERVED_NAMES)) + " name parts of the plan or of the generated system):"
                + " choose another, for example '" + name + "-service'" : null;
    }

    public Service {
        Objects.requireNonNull(name, "service name");
        if (!name.matches("[a-z][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("service name '" + name + "' must be lower case letters, digits"
                    + " and '-', starting with a letter (it becomes an artifact and a host name)");
        }
        classes = Lists.sorted(classes);
        pinned = Lists.sorted(pinned);
        tables = Lists.sorted(tables);
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("service " + name + ": port " + port + " is not a TCP port");
        }
    }

    public static Service of(String name, List<String> classes) {
        return new Service(name, classes, List.of(), List.of(), 0, Map.of());
    }

    public Service withClasses(List<String> newClasses) {
        return new Service(name, newClasses, pinned, tables, port, settings);
    }

    public Service withTables(List<String> newTables) {
        return new Service(name, classes, pinned, newTables, port, settings);
    }
}
