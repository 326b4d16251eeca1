package dev.cleave.codegen.deploy;

import dev.cleave.codegen.deploy.DeployUnit.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What {@link DeployFiles#render} checks of the units before it writes anything; each throws IllegalArgumentException. */
final class UnitChecks {
    private UnitChecks() {
    }

    /**
     * One database at most, none with an external database, and no unit named like the compose service that prepares
     * the database's volume; services take what comes from a Secret only from the Secret.
     */
    static void roles(List<DeployUnit> units, DeployOptions options) {
        List<DeployUnit> databases = units.stream().filter(u -> u.role() == Role.DATABASE).toList();
        if (databases.size() > 1 || (options.externalDatabase() && !databases.isEmpty())) {
            throw new IllegalArgumentException("database units " + databases.stream().map(DeployUnit::name).toList()
                    + (options.externalDatabase() ? " with an external database: leave the database unit out"
                    : ": a system has at most one database unit"));
        }
        Set<String> names = new HashSet<>();
        units.forEach(u -> names.add(u.name()));
        databases.forEach(db -> {
            if (names.contains(ComposeFile.volumeInit(db))) {
                throw new IllegalArgumentException("the unit name " + ComposeFile.volumeInit(db)
                        + " is taken by compose for the volume of " + db.name() + "; rename that unit");
            }
        });
        for (DeployUnit unit : units) {
            if (unit.role() != Role.SERVICE) {
                continue;
            }
            List<String> fromSecrets = new ArrayList<>(List.of(Secrets.RPC_VARIABLE));
            if (options.externalDatabase()) {
                fromSecrets.addAll(Secrets.DATASOURCE_KEYS);
            }
            fromSecrets.retainAll(unit.env().keySet());
            if (!fromSecrets.isEmpty()) {
                throw new IllegalArgumentException("service " + unit.name() + " sets " + fromSecrets
                        + ", which the deploy files take from a Secret; leave them out of its environment");
            }
        }
    }

    /** No two units share a name or a port (compose publishes every port, HTTP and TCP, on the host). */
    static void unique(List<DeployUnit> units) {
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
    static void dependencies(List<DeployUnit> units) {
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
