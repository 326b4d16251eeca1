package dev.cleave.codegen.internal.emit;

import dev.cleave.codegen.deploy.DeployFiles;
import dev.cleave.codegen.deploy.DeployOptions;
import dev.cleave.codegen.deploy.DeployUnit;
import dev.cleave.codegen.deploy.DeployUnit.Role;
import dev.cleave.codegen.deploy.JibConfig;
import dev.cleave.codegen.internal.layout.ServiceLayout;
import dev.cleave.codegen.internal.source.DataSetup;
import dev.cleave.codegen.internal.source.EmbeddedDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deployment of the generated system with {@code dev.cleave.codegen.deploy}: the Jib plugin in the pom of every
 * runnable module, and {@code deploy/k8s/*} plus {@code docker-compose.yml} for all of them. Each unit listens on its
 * own port, and peers are named by service: {@code CLEAVE_PEERS_CATALOG=http://catalog:8082}, the shared database
 * {@code jdbc:h2:tcp://database:9092/shop}; the same names resolve in Kubernetes and in compose. The database
 * unit serves its engine's network port beside its HTTP port and keeps its files in {@link DeployUnit#DATA_DIR} (its
 * volume; the deploy files set {@value DeployUnit#DATA_DIR_ENV}), hence the database name without the in-memory
 * prefix in the services' URL ({@link EmbeddedDatabase#networkUrl}). At start-up the services depend only on the database and
 * the gateway on the services: services call their peers at run time, so peers are no start-up dependency (mutual
 * calls would make a cycle). With {@link DeployOptions#externalDatabase} there is no database unit: the services read
 * their datasource from the Secret {@code <system>-database}.
 */
public final class JibDeployHook implements DeployHook {
    static final String HEALTH = "/actuator/health";
    static final String DATABASE = "database";
    static final String GATEWAY = "gateway";

    private final String system;
    private final Map<String, DeployUnit> units = new LinkedHashMap<>();
    private final DeployOptions options;
    /** service name → the base image its plan settings ask for ({@code baseImage}), instead of the default */
    private final Map<String, String> baseImages;

    /**
     * @param project    the project's name (the monolith's directory name); the system's name in Kubernetes is made of
     *                   it ({@link DeployFiles#systemName}) and names its Secrets
     * @param data       how the monolith reaches its database: the database unit serves its in-memory database, or
     *                   sets up its own server database (the services keep the monolith's datasource then)
     * @param contextPath the monolith's context path, which the services keep (their health is under it); "" for none
     * @param options    images, and whether the database is external (then the database module, if any, gets its Jib
     *                   plugin but is not deployed)
     */
    public JibDeployHook(String project, List<ServiceLayout> services, int gatewayPort, DataSetup data,
                         String contextPath, int databaseHttpPort, int databaseTcpPort, DeployOptions options,
                         Map<String, String> baseImages) {
        this(project, services, gatewayPort, data, contextPath, databaseHttpPort, databaseTcpPort, 0, options,
                baseImages);
    }

    /**
     * As above, with the message broker the database module runs for a Java EE application's JMS on
     * {@code brokerPort} (0 for none): the services reach it as {@code tcp://database:<port>}.
     */
    public JibDeployHook(String project, List<ServiceLayout> services, int gatewayPort, DataSetup data,
                         String contextPath, int databaseHttpPort, int databaseTcpPort, int brokerPort,
                         DeployOptions options, Map<String, String> baseImages) {
        this.system = DeployFiles.systemName(project);
        this.options = options;
        this.baseImages = Map.copyOf(baseImages);
        boolean served = data.embedded() != null;
        boolean setupDatabase = data.server();
        boolean servedShared = served && !options.externalDatabase();
        Map<String, String> peers = new TreeMap<>();
        services.forEach(s -> peers.put(envName(s.name()), "http://" + s.name() + ":" + s.port()));
        if (served) {
            units.put(Database.DIR, new DeployUnit(DATABASE, Database.DIR, databaseHttpPort, HEALTH,
                    Map.of("CLEAVE_DATABASE_ALLOW_OTHERS", "true",
                            "CLEAVE_DATABASE_TCP_PORT", Integer.toString(databaseTcpPort)),
                    brokerPort > 0 ? List.of(databaseTcpPort, brokerPort) : List.of(databaseTcpPort), List.of(),
                    Role.DATABASE));
        } else if (setupDatabase) {
            units.put(Database.DIR, new DeployUnit(DATABASE, Database.DIR, databaseHttpPort, HEALTH, Map.of(),
                    List.of(), List.of(), Role.SETUP));
        }
        for (ServiceLayout s : services) {
            Map<String, String> env = new TreeMap<>(peers);
            env.remove(envName(s.name()));
            if (servedShared) {
                env.put("SPRING_DATASOURCE_URL", data.embedded().networkUrl(DATABASE, databaseTcpPort, data.name(), true));
                if (brokerPort > 0) {
                    env.put("SPRING_ARTEMIS_BROKER_URL", "tcp://" + DATABASE + ":" + brokerPort);
                }
            }
            List<String> needs = servedShared || setupDatabase ? List.of(DATABASE) : List.of();
            units.put(ServiceModule.dir(s), new DeployUnit(s.name(), ServiceModule.dir(s), s.port(), contextPath + HEALTH, env,
                    List.of(), needs, Role.SERVICE));
        }
        units.put(GatewayModule.DIR, new DeployUnit(GATEWAY, GatewayModule.DIR, gatewayPort, GatewayModule.HEALTH, peers,
                List.of(), services.stream().map(ServiceLayout::name).toList(), Role.GATEWAY));
    }

    /** {@code CLEAVE_PEERS_ORDER_HISTORY} for service {@code order-history}. */
    static String envName(String service) {
        return "CLEAVE_PEERS_" + service.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    @Override
    public String buildPlugins(String module, String artifactId) {
        DeployUnit unit = unit(module);
        String image = baseImages.get(unit.name());
        return JibConfig.pluginXml(unit, image == null ? options : options.withBaseImage(image));
    }

    @Override
    public Map<String, String> properties(String module, String mainClass) {
        if (mainClass == null) {
            return Map.of("jib.skip", "true");
        }
        unit(module);
        return Map.of("jib.container.mainClass", mainClass);
    }

    /** The deploy files of the given modules; with an external database, the database module is not deployed. */
    @Override
    public void addFiles(OutputTree out, List<String> modules) {
        List<DeployUnit> deployed = new ArrayList<>();
        modules.stream().map(this::unit)
                .filter(unit -> !(options.externalDatabase() && unit.role() == Role.DATABASE))
                .forEach(deployed::add);
        DeployFiles.render(system, deployed, options).forEach(out::text);
    }

    private DeployUnit unit(String module) {
        DeployUnit unit = units.get(module);
        if (unit == null) {
            throw new IllegalStateException("no deploy unit for module " + module + " (known: " + units.keySet() + ")");
        }
        return unit;
    }
}
