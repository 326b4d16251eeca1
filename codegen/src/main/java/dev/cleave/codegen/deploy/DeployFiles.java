package dev.cleave.codegen.deploy;

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
 * service of a unit carry its name and listen on its port. Every container also gets {@code SERVER_PORT} = the unit's
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
     * @throws IllegalArgumentException when two units share a name or a port (the compose file publishes every port
     *                                  on the host)
     */
    public static SortedMap<String, String> render(List<DeployUnit> units, DeployOptions options) {
        List<DeployUnit> sorted = units.stream().sorted(Comparator.comparing(DeployUnit::name)).toList();
        checkUnique(sorted);
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
            String other = ports.putIfAbsent(unit.port(), unit.name());
            if (other != null) {
                throw new IllegalArgumentException("services " + other + " and " + unit.name()
                        + " both use port " + unit.port() + "; give each service its own port");
            }
        }
    }
}
