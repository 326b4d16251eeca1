package dev.cleave.codegen.deploy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One deployable service: what the Jib configuration, the Kubernetes manifests and the compose file need to know.
 *
 * @param name        service name in lower kebab case ({@code orders}, {@code order-history}); also the image name,
 *                    the Kubernetes object names and the compose service name, so at most 63 characters (a DNS label)
 * @param artifactDir directory of the service's Maven project, relative to the output root, with forward slashes
 *                    ({@code services/orders})
 * @param port        HTTP port the service listens on inside its container, 1–65535
 * @param healthPath  path of Spring Boot's health endpoint ({@code /actuator/health}); the probes use its groups
 *                    {@code <healthPath>/liveness} and {@code <healthPath>/readiness}, which Spring Boot enables on
 *                    Kubernetes (or the application with {@code management.endpoint.health.probes.enabled=true})
 * @param env         environment variables of the container (peer URLs such as {@code CATALOG_URL=http://catalog:8082},
 *                    datasource settings); kept sorted by name, never null
 * @param tcpPorts    further TCP ports the container serves besides {@link #port} (the H2 TCP server of the shared
 *                    database, 9092), each 1–65535 and different from {@link #port}; exposed by the Kubernetes Service
 *                    and published by compose like the HTTP port; kept sorted, never null
 * @param dependsOn   units that must have been started before this one ({@code depends_on} in compose): the units it
 *                    needs at start-up, such as the database, never peers it only calls at run time (peers calling each
 *                    other would make a cycle); kept sorted, never null
 * @param role        what the unit is in the system, which decides its secrets and its kind of workload; never null
 */
public record DeployUnit(String name, String artifactDir, int port, String healthPath, Map<String, String> env,
                         List<Integer> tcpPorts, List<String> dependsOn, Role role) {
    /** Where the {@link Role#DATABASE database} unit keeps its files: its volume, and {@value #DATA_DIR_ENV}. */
    public static final String DATA_DIR = "/data";
    /** The variable that tells the database unit its data directory ({@value #DATA_DIR}). */
    public static final String DATA_DIR_ENV = "CLEAVE_DATABASE_DIR";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** What a unit is in the generated system. */
    public enum Role {
        /**
         * A generated service: a Deployment that gets the system's RPC secret ({@code CLEAVE_RPC_SECRET}) and, with an
         * external database, the datasource from the database Secret.
         */
        SERVICE,
        /** The gateway: a Deployment with no secrets; it never makes internal calls and has no datasource. */
        GATEWAY,
        /** The shared database: a StatefulSet whose volume is mounted at {@link #DATA_DIR}; at most one per system. */
        DATABASE,
        /**
         * The one-time set-up of the monolith's own server database (PostgreSQL, MySQL...): a program that creates the
         * schema, loads the seed data and runs the migrations as the monolith did, records that it did, and exits.
         * A Kubernetes Job and a compose service that runs to completion; the services that depend on it start after
         * it completed. It serves nothing: {@link #port} and {@link #healthPath} are not used. At most one per system,
         * never beside a {@link #DATABASE}.
         */
        SETUP
    }

    public DeployUnit {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches() || name.length() > 63) {
            throw new IllegalArgumentException("service name '" + name
                    + "' must be lower kebab case (a-z, 0-9, single dashes, starting with a letter), at most 63 characters");
        }
        Objects.requireNonNull(artifactDir, "artifactDir");
        if (artifactDir.isBlank() || artifactDir.startsWith("/") || artifactDir.contains("\\")
                || ("/" + artifactDir + "/").contains("/../")) {
            throw new IllegalArgumentException("artifactDir '" + artifactDir + "' of service " + name
                    + " must be a relative path with forward slashes inside the output root");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " of service " + name + " must be in 1..65535");
        }
        Objects.requireNonNull(healthPath, "healthPath");
        if (!healthPath.startsWith("/") || healthPath.endsWith("/") || healthPath.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("healthPath '" + healthPath + "' of service " + name
                    + " must start with '/', not end with '/' and contain no whitespace (/actuator/health)");
        }
        Objects.requireNonNull(role, "role");
        TreeMap<String, String> sorted = new TreeMap<>();
        (env == null ? Map.<String, String>of() : env).forEach((key, value) -> {
            if (key == null || !ENV_NAME.matcher(key).matches()) {
                throw new IllegalArgumentException("environment variable name '" + key + "' of service " + name
                        + " must match [A-Za-z_][A-Za-z0-9_]*");
            }
            sorted.put(key, Objects.requireNonNull(value, () -> "value of " + key + " in service " + name));
        });
        if (role == Role.DATABASE && sorted.containsKey(DATA_DIR_ENV)) {
            throw new IllegalArgumentException(DATA_DIR_ENV + " of database " + name + " is set by the deploy files ("
                    + DATA_DIR + ", where its volume is mounted); leave it out of the environment");
        }
        env = Collections.unmodifiableSortedMap(sorted);
        TreeSet<Integer> extra = new TreeSet<>();
        for (Integer tcp : tcpPorts == null ? List.<Integer>of() : tcpPorts) {
            if (tcp == null || tcp < 1 || tcp > 65535) {
                throw new IllegalArgumentException("TCP port " + tcp + " of service " + name + " must be in 1..65535");
            }
            if (tcp == port || !extra.add(tcp)) {
                throw new IllegalArgumentException("TCP port " + tcp + " of service " + name
                        + " is listed twice (ports of one service must differ from each other and from its HTTP port)");
            }
        }
        tcpPorts = List.copyOf(extra);
        TreeSet<String> after = new TreeSet<>();
        for (String other : dependsOn == null ? List.<String>of() : dependsOn) {
            if (other == null || !NAME.matcher(other).matches()) {
                throw new IllegalArgumentException("dependsOn '" + other + "' of service " + name
                        + " must be a service name in lower kebab case");
            }
            if (other.equals(name)) {
                throw new IllegalArgumentException("service " + name + " cannot depend on itself");
            }
            after.add(other);
        }
        dependsOn = List.copyOf(after);
    }

    /** A {@link Role#SERVICE service}. */
    public DeployUnit(String name, String artifactDir, int port, String healthPath, Map<String, String> env,
                      List<Integer> tcpPorts, List<String> dependsOn) {
        this(name, artifactDir, port, healthPath, env, tcpPorts, dependsOn, Role.SERVICE);
    }

    /** A {@link Role#SERVICE service} serving only its HTTP port and depending on no other unit. */
    public DeployUnit(String name, String artifactDir, int port, String healthPath, Map<String, String> env) {
        this(name, artifactDir, port, healthPath, env, List.of(), List.of());
    }

    /** A copy with another role. */
    public DeployUnit withRole(Role newRole) {
        return new DeployUnit(name, artifactDir, port, healthPath, env, tcpPorts, dependsOn, newRole);
    }

    /** Spring Boot's liveness group: {@code /actuator/health/liveness}. */
    String livenessPath() {
        return healthPath + "/liveness";
    }

    /** Spring Boot's readiness group: {@code /actuator/health/readiness}. */
    String readinessPath() {
        return healthPath + "/readiness";
    }

    /** The HTTP port, then the {@link #tcpPorts}. */
    List<Integer> allPorts() {
        List<Integer> all = new ArrayList<>();
        all.add(port);
        all.addAll(tcpPorts);
        return all;
    }

    /**
     * The container's literal environment: {@link #env} plus {@code SERVER_PORT} (= {@link #port}) unless env sets it,
     * plus {@value #DATA_DIR_ENV} = {@value #DATA_DIR} for the database; sorted by name.
     */
    Map<String, String> containerEnv() {
        TreeMap<String, String> all = new TreeMap<>(env);
        all.putIfAbsent("SERVER_PORT", Integer.toString(port));
        if (role == Role.DATABASE) {
            all.put(DATA_DIR_ENV, DATA_DIR);
        }
        return all;
    }
}
