package dev.cleave.codegen.deploy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The deployment files of a generated system: for each unit {@code deploy/k8s/<name>.yaml} (Deployment with startup,
 * liveness and readiness probes on the health path, resources and environment; Service on the same port), then
 * {@code deploy/k8s/kustomization.yaml} and {@code docker-compose.yml}.
 *
 * <p>Peer URLs such as {@code http://catalog:8082} work unchanged in both: the Kubernetes Service and the compose
 * service of a unit carry its name and listen on its port (and on its further TCP ports, such as the database's H2
 * TCP port). Every container also gets {@code SERVER_PORT} = the unit's
 * port unless its environment sets it, so Spring Boot listens where the probes look.
 */
public final class DeployFiles {
    private DeployFiles() {
    }

    /**
     * Renders the files.
     *
     * @return relative path (forward slashes) → file text, sorted by path; the text depends only on the arguments
     *         (units are sorted by name, environments by variable), with no timestamps
     * @throws IllegalArgumentException when two units share a name or a port (the compose file publishes every port,
     *                                  HTTP and TCP, on the host), when a unit depends on a unit not in the list, or
     *                                  when the {@link DeployUnit#dependsOn} relation has a cycle (compose rejects it)
     */
    public static SortedMap<String, String> render(List<DeployUnit> units, DeployOptions options) {
        List<DeployUnit> sorted = units.stream().sorted(Comparator.comparing(DeployUnit::name)).toList();
        checkUnique(sorted);
        checkDependencies(sorted);
        TreeMap<String, String> files = new TreeMap<>();
        for (DeployUnit unit : sorted) {
            files.put("deploy/k8s/" + unit.name() + ".yaml", KubernetesManifests.unit(unit, options));
        }
        files.put("deploy/k8s/kustomization.yaml", KubernetesManifests.kustomization(sorted));
        files.put("docker-compose.yml", ComposeFile.render(sorted, options));
        return Collections.unmodifiableSortedMap(files);
    }

    private static void checkUnique(List<DeployUnit> units) {
        Set<String> names = new HashSet<>();
        Map<Integer, String> ports = new TreeMap<>();
        for (DeployUnit unit : units) {
            if (!names.add(unit.name())) {
                throw new IllegalArgumentException("two deploy units are named " + unit.name());
            }
            for (int port : unit.allPorts()) {
                String other = ports.putIfAbsent(port, unit.name());
                if (other != null) {
                    throw new IllegalArgumentException("services " + other + " and " + unit.name()
                            + " both use port " + port + "; give each service its own ports");
                }
            }
        }
    }

    /** Every dependency names a unit, and no unit depends on itself through others. */
    private static void checkDependencies(List<DeployUnit> units) {
        Map<String, DeployUnit> byName = new TreeMap<>();
        units.forEach(unit -> byName.put(unit.name(), unit));
        for (DeployUnit unit : units) {
            for (String other : unit.dependsOn()) {
                if (!byName.containsKey(other)) {
                    throw new IllegalArgumentException("service " + unit.name() + " depends on " + other
                            + ", which is not a deploy unit (known: " + byName.keySet() + ")");
                }
            }
        }
        Set<String> done = new HashSet<>();
        for (DeployUnit unit : units) {
            List<String> cycle = cycleFrom(unit.name(), byName, new ArrayList<>(), done);
            if (!cycle.isEmpty()) {
                throw new IllegalArgumentException("services depend on each other in a cycle: "
                        + String.join(" -> ", cycle) + "; depend only on what a service needs to start");
            }
        }
    }

    private static List<String> cycleFrom(String name, Map<String, DeployUnit> units, List<String> path,
                                          Set<String> done) {
        int at = path.indexOf(name);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(name);
            return cycle;
        }
        if (!done.add(name)) {
            return List.of();
        }
        path.add(name);
        for (String next : units.get(name).dependsOn()) {
            List<String> cycle = cycleFrom(next, units, path, done);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }
}
