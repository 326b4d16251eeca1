package dev.cleave.codegen.deploy;

import dev.cleave.codegen.deploy.DeployUnit.Role;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pod template's {@code spec} of a unit (indented for {@code spec.template.spec}): one container running as the
 * non-root {@link DeployOptions#CONTAINER_USER_ID} on a read-only root file system, with {@code /tmp} on an
 * {@code emptyDir} (Tomcat puts its base directory under {@code java.io.tmpdir}), the database's volume at
 * {@link DeployUnit#DATA_DIR}, requests and a memory limit, the system's secrets as the unit's role needs them, and
 * three probes on Spring Boot's health groups. The {@link Role#SETUP set-up}'s pod (a Job's) serves nothing: no port,
 * no probe, and {@code restartPolicy: OnFailure}.
 */
final class PodSpec {
    static final String DATA_VOLUME = "data";
    static final String TMP_VOLUME = "tmp";
    private static final String C = "          ";

    private PodSpec() {
    }

    static void render(StringBuilder y, DeployUnit unit, DeployOptions options, String system) {
        y.append("    spec:\n");
        y.append("      # units find each other by DNS: no API token, no service-link variables\n");
        y.append("      automountServiceAccountToken: false\n");
        y.append("      enableServiceLinks: false\n");
        boolean serves = unit.role() != Role.SETUP;
        if (!serves) {
            y.append("      # a failed run is retried in the same pod, up to the Job's backoffLimit\n");
            y.append("      restartPolicy: OnFailure\n");
        }
        if (unit.role() == Role.DATABASE) {
            y.append("      securityContext:\n");
            y.append("        # the volume's files belong to the container's group, whoever created the volume\n");
            y.append("        fsGroup: ").append(DeployOptions.CONTAINER_USER_ID).append('\n');
            y.append("        fsGroupChangePolicy: OnRootMismatch\n");
        }
        y.append("      containers:\n");
        y.append("        - name: ").append(unit.name()).append('\n');
        y.append(C).append("image: ").append(Yaml.quote(options.image(unit))).append('\n');
        y.append(C).append("imagePullPolicy: IfNotPresent\n");
        if (serves) {
            ports(y, unit);
        }
        if (unit.role() == Role.SERVICE) {
            y.append(C).append("envFrom:\n");
            y.append(C).append("  - secretRef:\n");
            y.append(C).append("      name: ").append(Secrets.rpcSecret(system)).append('\n');
        }
        env(y, unit, options, system);
        resources(y);
        securityContext(y);
        volumeMounts(y, unit);
        if (serves) {
            probe(y, "startupProbe", unit.livenessPath(), 5, 48);
            probe(y, "livenessProbe", unit.livenessPath(), 10, 3);
            probe(y, "readinessProbe", unit.readinessPath(), 5, 3);
        }
        y.append("      volumes:\n");
        y.append("        - name: ").append(TMP_VOLUME).append('\n');
        y.append("          emptyDir:\n");
        y.append("            sizeLimit: ").append(KubernetesManifests.TMP_SIZE_LIMIT).append('\n');
    }

    private static void ports(StringBuilder y, DeployUnit unit) {
        y.append(C).append("ports:\n");
        y.append(C).append("  - name: http\n");
        y.append(C).append("    containerPort: ").append(unit.port()).append('\n');
        unit.tcpPorts().forEach(port -> {
            y.append(C).append("  - name: ").append(KubernetesManifests.tcpPortName(port)).append('\n');
            y.append(C).append("    containerPort: ").append(port).append('\n');
            y.append(C).append("    protocol: TCP\n");
        });
    }

    /**
     * Literal values, and for a service or the set-up with an external database the datasource from its Secret; sorted
     * by name; no {@code env} at all when there is nothing (a set-up with an empty environment).
     */
    private static void env(StringBuilder y, DeployUnit unit, DeployOptions options, String system) {
        Map<String, String> entries = new TreeMap<>();
        Roles.literalEnv(unit).forEach((key, value) ->
                entries.put(key, C + "    value: " + Yaml.literalEnv(value) + "\n"));
        if (Roles.readsDatasource(unit, options)) {
            Secrets.DATASOURCE_KEYS.forEach(key -> entries.put(key, C + "    valueFrom:\n"
                    + C + "      secretKeyRef:\n"
                    + C + "        name: " + Secrets.databaseSecret(system) + "\n"
                    + C + "        key: " + key + "\n"));
        }
        if (entries.isEmpty()) {
            return;
        }
        y.append(C).append("env:\n");
        entries.forEach((key, value) -> y.append(C).append("  - name: ").append(key).append('\n').append(value));
    }

    private static void resources(StringBuilder y) {
        y.append(C).append("resources:\n");
        y.append(C).append("  requests:\n");
        y.append(C).append("    cpu: ").append(KubernetesManifests.CPU_REQUEST).append('\n');
        y.append(C).append("    memory: ").append(KubernetesManifests.MEMORY_REQUEST).append('\n');
        y.append(C).append("  limits:\n");
        y.append(C).append("    memory: ").append(KubernetesManifests.MEMORY_LIMIT).append('\n');
    }

    /** Everything the "restricted" Pod Security Standard asks for, on the container itself. */
    private static void securityContext(StringBuilder y) {
        y.append(C).append("securityContext:\n");
        y.append(C).append("  runAsNonRoot: true\n");
        y.append(C).append("  runAsUser: ").append(DeployOptions.CONTAINER_USER_ID).append('\n');
        y.append(C).append("  runAsGroup: ").append(DeployOptions.CONTAINER_USER_ID).append('\n');
        y.append(C).append("  readOnlyRootFilesystem: true\n");
        y.append(C).append("  allowPrivilegeEscalation: false\n");
        y.append(C).append("  capabilities:\n");
        y.append(C).append("    drop:\n");
        y.append(C).append("      - ALL\n");
        y.append(C).append("  seccompProfile:\n");
        y.append(C).append("    type: RuntimeDefault\n");
    }

    private static void volumeMounts(StringBuilder y, DeployUnit unit) {
        y.append(C).append("volumeMounts:\n");
        y.append(C).append("  - name: ").append(TMP_VOLUME).append('\n');
        y.append(C).append("    mountPath: /tmp\n");
        if (unit.role() == Role.DATABASE) {
            y.append(C).append("  - name: ").append(DATA_VOLUME).append('\n');
            y.append(C).append("    mountPath: ").append(DeployUnit.DATA_DIR).append('\n');
        }
    }

    /**
     * An HTTP probe. The startup probe gives a slow JVM 48 × 5 s = 4 minutes before liveness takes over; liveness
     * restarts a container whose application is broken, readiness only takes it out of its Service.
     */
    private static void probe(StringBuilder y, String kind, String path, int period, int failures) {
        y.append(C).append(kind).append(":\n");
        y.append(C).append("  httpGet:\n");
        y.append(C).append("    path: ").append(Yaml.quote(path)).append('\n');
        y.append(C).append("    port: http\n");
        y.append(C).append("  periodSeconds: ").append(period).append('\n');
        y.append(C).append("  timeoutSeconds: 3\n");
        y.append(C).append("  failureThreshold: ").append(failures).append('\n');
    }
}
