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
     * the database's volume; at most one {@link Role#SETUP set-up}, never beside a database, serving no port and
     * depending on nothing; services (and, with an external database, the set-up) take what comes from a Secret only
     * from the Secret.
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
        setup(units, databases);
        fromSecrets(units, options);
    }

    /** A unit sets none of the variables the deploy files give it from a Secret. */
    private static void fromSecrets(List<DeployUnit> units, DeployOptions options) {
        for (DeployUnit unit : units) {
            List<String> fromSecrets = new ArrayList<>();
            if (unit.role() == Role.SERVICE) {
                fromSecrets.add(Secrets.RPC_VARIABLE);
            }
            if (Roles.readsDatasource(unit, options)) {
                fromSecrets.addAll(Secrets.DATASOURCE_KEYS);
            }
            fromSecrets.retainAll(unit.env().keySet());
            if (!fromSecrets.isEmpty()) {
                throw new IllegalArgumentException((unit.role() == Role.SETUP ? "database set-up " : "service ")
                        + unit.name() + " sets " + fromSecrets
                        + ", which the deploy files take from a Secret; leave them out of its environment");
            }
        }
    }

    /**
     * The set-up runs first and once: a Kubernetes Job, which nothing can make wait for other units and which serves
     * nothing. It replaces the monolith's own database set-up, while a database unit is the shared H2 server that the
     * generator puts in place of the monolith's in-memory database: a system has one or the other.
     */
    private static void setup(List<DeployUnit> units, List<DeployUnit> databases) {
        List<DeployUnit> setups = units.stream().filter(u -> u.role() == Role.SETUP).toList();
        if (setups.size() > 1) {
            throw new IllegalArgumentException("database set-up units " + setups.stream().map(DeployUnit::name).toList()
                    + ": a system has at most one set-up unit (it sets up the monolith's one database)");
        }
        if (!setups.isEmpty() && !databases.isEmpty()) {
            throw new IllegalArgumentException("database set-up unit " + setups.get(0).name() + " and database unit "
                    + databases.get(0).name() + " in one system: the set-up is for a monolith on a server database"
                    + " (PostgreSQL, MySQL...), the database unit for one on an in-memory H2 database; keep only the"
                    + " one that matches the monolith's datasource");
        }
        for (DeployUnit setup : setups) {
            if (!setup.tcpPorts().isEmpty()) {
                throw new IllegalArgumentException("database set-up unit " + setup.name() + " lists TCP ports "
                        + setup.tcpPorts() + ", but it runs once, exits and serves nothing; leave its tcpPorts empty");
            }
            if (!setup.dependsOn().isEmpty()) {
                throw new IllegalArgumentException("database set-up unit " + setup.name() + " depends on "
                        + setup.dependsOn() + ", but it runs first and a Kubernetes Job cannot wait for other units;"
                        + " leave its dependsOn empty (the units that need it depend on it)");
            }
        }
    }

    /**
     * No two units share a name or a port (compose publishes every port, HTTP and TCP, on the host); the set-up's port
     * does not count, as it serves none.
     */
    static void unique(List<DeployUnit> units) {
        Set<String> names = new HashSet<>();
        Map<Integer, String> ports = new TreeMap<>();
        for (DeployUnit unit : units) {
            if (!names.add(unit.name())) {
                throw new IllegalArgumentException("two deploy units are named " + unit.name());
            }
            for (int port : Roles.servedPorts(unit)) {
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
