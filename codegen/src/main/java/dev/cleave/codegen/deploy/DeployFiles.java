package dev.cleave.codegen.deploy;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The deployment files of a generated system: for each unit {@code deploy/k8s/<name>.yaml} (a Deployment, or a
 * StatefulSet with a volume for the database, and its Service; a Job alone for the database set-up, which runs once and
 * serves nothing), {@code deploy/k8s/kustomization.yaml} (the manifests
 * and the RPC Secret), with an external database {@code deploy/k8s/database-secret.example.yaml}, and
 * {@code docker-compose.yml}.
 *
 * <p>Peer URLs such as {@code http://catalog:8082} work unchanged in both: the Kubernetes Service and the compose
 * service of a unit carry its name and listen on its port (and on its further TCP ports, such as the database's H2
 * TCP port). Every container also gets {@code SERVER_PORT} = the unit's
 * port unless its environment sets it, so Spring Boot listens where the probes look. Images are tagged
 * {@link DeployOptions#imageTag} everywhere, the same tag {@link JibConfig} builds.
 */
public final class DeployFiles {
    /**
     * The file, relative to the output root, that holds the system's RPC secret as one line
     * {@code CLEAVE_RPC_SECRET=<hex>}: the kustomization makes the Secret {@code <system>-rpc} from it and compose gives
     * it to every service. The generator writes it; {@link #render} only refers to it.
     */
    public static final String RPC_SECRET_FILE = "deploy/k8s/" + Secrets.RPC_ENV_FILE;
    /** The variable that carries the RPC secret in every service's environment. */
    public static final String RPC_SECRET_VARIABLE = Secrets.RPC_VARIABLE;

    private static final Pattern SYSTEM = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    /** A Secret name {@code <system>-database} stays a DNS label (63 characters). */
    private static final int SYSTEM_MAX = 63 - "-database".length();

    private DeployFiles() {
    }

    /**
     * Renders the files.
     *
     * @param system  name of the system in Kubernetes: lower-case letters, digits and dashes, at most 54 characters
     *                ({@link #systemName} makes one of a project name); it names the Secrets {@code <system>-rpc} and
     *                {@code <system>-database} and labels every object ({@code app.kubernetes.io/part-of})
     * @return relative path (forward slashes) → file text, sorted by path; the text depends only on the arguments
     *         (units are sorted by name, environments by variable), with no timestamps
     * @throws IllegalArgumentException when two units share a name or a port (the compose file publishes every port,
     *                                  HTTP and TCP, on the host; the set-up's port does not count), when a unit
     *                                  depends on a unit not in the list, or when the {@link DeployUnit#dependsOn}
     *                                  relation has a cycle (compose rejects it);
     *                                  when there are two database units, or one with {@code externalDatabase}; when
     *                                  there are two set-up units, a set-up and a database unit, or a set-up with TCP
     *                                  ports or dependencies; when a service sets a variable that comes from a Secret
     *                                  ({@code CLEAVE_RPC_SECRET}, and with an external database
     *                                  {@code SPRING_DATASOURCE_URL}..., which the set-up may not set either)
     */
    public static SortedMap<String, String> render(String system, List<DeployUnit> units, DeployOptions options) {
        checkSystem(system);
        List<DeployUnit> sorted = units.stream().sorted(Comparator.comparing(DeployUnit::name)).toList();
        UnitChecks.unique(sorted);
        UnitChecks.dependencies(sorted);
        UnitChecks.roles(sorted, options);
        TreeMap<String, String> files = new TreeMap<>();
        for (DeployUnit unit : sorted) {
            files.put("deploy/k8s/" + unit.name() + ".yaml", KubernetesManifests.unit(unit, options, system));
        }
        files.put("deploy/k8s/kustomization.yaml", Kustomization.render(sorted, options, system));
        if (options.externalDatabase()) {
            files.put("deploy/k8s/" + Kustomization.DATABASE_SECRET_EXAMPLE,
                    Kustomization.databaseSecretExample(system, Roles.setup(sorted).isPresent()));
        }
        files.put("docker-compose.yml", ComposeFile.render(sorted, options));
        return Collections.unmodifiableSortedMap(files);
    }

    /**
     * A system name for Kubernetes made of a project name: lower case, every run of other characters than a-z and 0-9
     * turned into one dash, no dash at either end, at most 54 characters; {@code cleave} when nothing is left
     * ({@code Spring_Shop} → {@code spring-shop}).
     */
    public static String systemName(String project) {
        String name = project.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        name = name.substring(0, Math.min(name.length(), SYSTEM_MAX)).replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "cleave" : name;
    }

    private static void checkSystem(String system) {
        Objects.requireNonNull(system, "system");
        if (!SYSTEM.matcher(system).matches() || system.length() > SYSTEM_MAX) {
            throw new IllegalArgumentException("system name '" + system + "' must be lower-case letters, digits and"
                    + " dashes, starting and ending with a letter or digit, at most " + SYSTEM_MAX
                    + " characters (DeployFiles.systemName makes one)");
        }
    }
}
