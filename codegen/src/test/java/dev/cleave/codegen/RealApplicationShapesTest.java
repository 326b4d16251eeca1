package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a real Spring Boot application does and the generator once got wrong, one test each, on the samples written
 * for it: bike-rental (Boot 4, server-side pages, Boot's implicit embedded H2, runtime hints, a formatter) and
 * travel-desk (Boot 2.7 with javax, application.yml, Flyway, its own database user). The generated systems are run
 * by {@code GeneratedSamplesIT}; these tests pin the generated files that make them run.
 */
class RealApplicationShapesTest {
    @TempDir
    static Path dir;
    private static Path bikes;
    private static Path travel;
    private static GenerationResult bikeResult;

    @BeforeAll
    static void generate() {
        Path bikeSample = Samples.repo().resolve("samples/bike-rental");
        Plan plan = PlanJson.read(bikeSample.resolve("expected.json"));
        // as the splitter may: the application's runtime hints in a service, the welcome page's controller nowhere
        List<Service> services = new ArrayList<>();
        for (Service s : plan.services()) {
            List<String> classes = new ArrayList<>(s.classes());
            classes.remove("com.example.bikes.system.WelcomeController");
            if (s.name().equals("fleet")) {
                classes.add("com.example.bikes.system.BikeRentalRuntimeHints");
            }
            services.add(s.withClasses(classes));
        }
        List<String> shared = new ArrayList<>(plan.shared());
        shared.remove("com.example.bikes.system.BikeRentalRuntimeHints");
        bikes = dir.resolve("bikes");
        bikeResult = Generator.generate(null, plan.withServices(services).withShared(shared),
                GenerateOptions.of(bikeSample, bikes));
        Path travelSample = Samples.repo().resolve("samples/travel-desk");
        travel = dir.resolve("travel");
        Generator.generate(null, PlanJson.read(travelSample.resolve("expected.json")),
                GenerateOptions.of(travelSample, travel));
    }

    @Test
    void theApplicationClassAndItsRuntimeHintsAreSharedAndInNoService() {
        assertThat(bikes.resolve("shared/src/main/java/com/example/bikes/system/BikeRentalRuntimeHints.java"))
                .isRegularFile();
        assertThat(bikes.resolve("services/fleet/src/main/java/com/example/bikes/system/BikeRentalRuntimeHints.java"))
                .doesNotExist();
        assertThat(bikeResult.warnings()).anyMatch(w -> w.contains("BikeRentalRuntimeHints is used by the application"));
    }

    @Test
    void aControllerThePlanPlacesNowhereStillServesItsRoutes() {
        assertThat(bikes.resolve("services/fleet/src/main/java/com/example/bikes/system/WelcomeController.java"))
                .as("it uses no class of a service: with the largest service").isRegularFile();
        assertThat(bikeResult.warnings()).contains("class com.example.bikes.system.WelcomeController is in no service"
                + " of the plan; it is a bean, so it runs in service 'fleet', the largest service");
    }

    @Test
    void theMonolithsBuildIsTheTemplateForEveryGeneration() throws IOException {
        String bikePom = read(bikes, "services/fleet/pom.xml");
        assertThat(bikePom).contains("<version>4.0.7</version>", "<webjars-bootstrap.version>",
                "<artifactId>spring-boot-starter-webmvc</artifactId>");
        assertThat(bikePom).containsPattern("<artifactId>spring-boot-devtools</artifactId>[\\s\\S]*?<optional>true");
        assertThat(bikePom.split("<artifactId>spring-boot-starter-actuator</artifactId>", -1)).hasSize(2);
        String travelPom = read(travel, "services/payments/pom.xml");
        assertThat(travelPom).contains("<version>2.7.18</version>", "<artifactId>flyway-core</artifactId>");
        assertThat(read(travel, "shared/src/main/java/dev/cleave/runtime/PeerSecretFilter.java"))
                .as("Boot 2.7 is javax").contains("import javax.servlet.").doesNotContain("jakarta.");
        assertThat(read(bikes, "shared/src/main/java/dev/cleave/runtime/RemoteCalls.java"))
                .as("no API of one Spring generation only").doesNotContain("RestClient");
    }

    @Test
    void bootsImplicitEmbeddedDatabaseIsServedToEveryServiceWithBootsDefaults() throws IOException {
        String database = read(bikes, "database/src/main/resources/application.properties");
        assertThat(database).contains("spring.datasource.url=jdbc:h2:mem:testdb;", "spring.datasource.username=sa")
                .as("the monolith's own set-up, not a forced one").doesNotContain("ddl-auto=create");
        String service = read(bikes, "services/rentals/src/main/resources/application.properties");
        assertThat(service).contains("spring.datasource.url=jdbc:h2:tcp://localhost:9092/mem:testdb",
                "spring.datasource.username=sa", "spring.jpa.hibernate.ddl-auto=none", "spring.sql.init.mode=never")
                .as("/actuator/health answers as the monolith's: no groups list (Boot adds the probes on Kubernetes)")
                .doesNotContain("probes.enabled");
    }

    @Test
    void settingsInApplicationYmlWithItsOwnUserAndFlywayAreKept() throws IOException {
        assertThat(travel.resolve("services/payments/src/main/resources/application.yml")).isRegularFile();
        assertThat(travel.resolve("database/src/main/resources/application.yml")).isRegularFile();
        String service = read(travel, "services/payments/src/main/resources/application.properties");
        assertThat(service).contains("spring.datasource.url=jdbc:h2:tcp://localhost:9092/mem:travel",
                "spring.datasource.username=travel", "spring.datasource.password=s3cret", "spring.flyway.enabled=false");
        assertThat(read(travel, "database/src/main/resources/application.properties"))
                .doesNotContain("flyway.enabled=false", "ddl-auto");
    }

    @Test
    void sessionsAndForwardedHeadersKeepTheWebBehaviour() throws IOException {
        assertThat(read(bikes, "services/fleet/pom.xml")).contains("spring-boot-starter-session-jdbc");
        assertThat(read(bikes, "database/pom.xml")).contains("spring-boot-starter-session-jdbc");
        assertThat(read(bikes, "database/src/main/resources/application.properties"))
                .contains("spring.session.jdbc.initialize-schema=always");
        assertThat(read(bikes, "services/fleet/src/main/resources/application.properties"))
                .contains("server.forward-headers-strategy=framework");
        String gateway = read(bikes, "gateway/src/main/resources/application.properties");
        assertThat(gateway).contains("trusted-proxies=").containsPattern("predicates\\[0]=Path=/\\*\\*\\n$");
        assertThat(read(bikes, "gateway/src/main/java/dev/cleave/gateway/GatewayApplication.java"))
                .contains("/cleave/", "SC_NOT_FOUND");
    }

    @Test
    void aFormatterReachesEveryServiceWithControllersAndRepositoriesStayLocal() throws IOException {
        assertThat(bikes.resolve("services/rentals/src/main/java/com/example/bikes/bike/BikeTypeFormatter.java"))
                .isRegularFile();
        assertThat(read(bikes, "services/rentals/src/main/java/com/example/bikes/bike/BikeRepository.java"))
                .as("a copy of the repository, not an HTTP client").contains("interface BikeRepository")
                .doesNotContain("RemoteCalls");
        assertThat(bikes.resolve("services/fleet/src/main/java/com/example/bikes/bike/BikeRepositoryCleaveFacade.java"))
                .doesNotExist();
    }

    private static String read(Path root, String file) throws IOException {
        return Files.readString(root.resolve(file));
    }
}
