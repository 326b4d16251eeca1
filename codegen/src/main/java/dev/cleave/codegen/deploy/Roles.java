package dev.cleave.codegen.deploy;

import dev.cleave.codegen.deploy.DeployUnit.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a unit's {@link Role} decides in the deploy files besides its kind of workload: the ports it serves, its
 * literal environment and whether it reads the external datasource. The {@link Role#SETUP set-up} is the odd one: it
 * runs once and exits, so it serves no port and needs no {@code SERVER_PORT}.
 */
final class Roles {
    private Roles() {
    }

    /** The ports the unit listens on: none for the set-up, else the HTTP port and then the TCP ports. */
    static List<Integer> servedPorts(DeployUnit unit) {
        return unit.role() == Role.SETUP ? List.of() : unit.allPorts();
    }

    /**
     * The literal variables of the unit's container, sorted by name: the set-up's own {@link DeployUnit#env} (it serves
     * nothing, so no {@code SERVER_PORT}), every other unit's {@code containerEnv}.
     */
    static Map<String, String> literalEnv(DeployUnit unit) {
        return unit.role() == Role.SETUP ? unit.env() : unit.containerEnv();
    }

    /**
     * Whether the unit reads {@link Secrets#DATASOURCE_KEYS} from the database Secret (Kubernetes) or from the
     * environment compose runs in: the services and the set-up, with an external database.
     */
    static boolean readsDatasource(DeployUnit unit, DeployOptions options) {
        return options.externalDatabase() && (unit.role() == Role.SERVICE || unit.role() == Role.SETUP);
    }

    /** The set-up unit of a system, if it has one ({@link UnitChecks#roles} allows at most one). */
    static Optional<DeployUnit> setup(List<DeployUnit> units) {
        return units.stream().filter(unit -> unit.role() == Role.SETUP).findFirst();
    }
}
