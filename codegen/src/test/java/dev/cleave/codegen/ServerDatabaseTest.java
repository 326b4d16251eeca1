package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monolith on a database of its own (travel-desk on PostgreSQL: Flyway, its own user, Spring Session for its pages)
 * gets a set-up program that does, once, what the monolith did at its first start, and services that set up nothing.
 * Before, nothing created the schema: every service had its migrations turned off. {@code GeneratedServerDatabaseIT}
 * runs it on a real PostgreSQL.
 */
class ServerDatabaseTest {
    @TempDir
    static Path dir;
    private static Path out;

    @BeforeAll
    static void generate() throws IOException {
        Path monolith = Samples.onPostgres(Samples.repo().resolve("samples/travel-desk"), dir.resolve("travel-desk"),
                "jdbc:postgresql://localhost:5432/travel");
        out = dir.resolve("out");
        Generator.generate(null, PlanJson.read(monolith.resolve("expected.json")), GenerateOptions.of(monolith, out)
                .withSplitTransactionsAccepted(true));
        monolithOnPostgres = monolith;
    }

    private static Path monolithOnPostgres;

    @Test
    void callsBetweenServicesInsideATransactionAreRefusedOnPostgresqlUnlessAccepted() throws IOException {
        assertThatThrownBy(() -> Generator.generate(null, PlanJson.read(monolithOnPostgres.resolve("expected.json")),
                GenerateOptions.of(monolithOnPostgres, dir.resolve("refused"))))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("inside a transaction, and postgresql does not let the callee read")
                .hasMessageContaining("src/main/java/com/acme/travel/service/BookingService.java:")
                .hasMessageContaining("com.acme.travel.service.PaymentService#charge (service 'bookings')")
                .hasMessageContaining("Keep the caller and the called class in one service");
        assertThat(dir.resolve("refused")).as("nothing written").doesNotExist();
        assertThat(Files.readString(out.resolve("README.md"))).as("accepted, and said")
                .contains("call inside a transaction across services, accepted on postgresql");
    }

    @Test
    void theSetUpProgramRunsTheMonolithsOwnDataInitializationOnceAndExits() throws IOException {
        assertThat(Files.readString(out.resolve("database/pom.xml")))
                .contains("dev.cleave.database.DatabaseSetupApplication", "<artifactId>postgresql</artifactId>",
                        "<artifactId>flyway-core</artifactId>", "spring-session-jdbc");
        String setup = Files.readString(out.resolve("database/src/main/java/dev/cleave/database/"
                + "DatabaseSetupApplication.java"));
        assertThat(setup).contains("WebApplicationType.NONE", "System.exit(SpringApplication.exit(context))",
                "cleave_database_setup", "\"spring.sql.init.mode\", \"never\"");
        assertThat(Files.readString(out.resolve("database/src/main/resources/application.properties")))
                .contains("spring.main.web-application-type=none", "cleave.database.table-owners=booking:bookings")
                .doesNotContain("spring.flyway.enabled=false");
        assertThat(Files.readString(out.resolve("database/src/main/resources/application.yml")))
                .as("the monolith's settings, its URL and user included").contains("jdbc:postgresql://localhost:5432"
                        + "/travel", "username: travel");
        assertThat(out.resolve("database/src/main/java/com/acme/travel/domain/Booking.java")).isRegularFile();
    }

    @Test
    void servicesSetNothingUpAndWaitForTheSetUp() throws IOException {
        assertThat(Files.readString(out.resolve("services/bookings/src/main/resources/application.properties")))
                .contains("spring.flyway.enabled=false", "spring.jpa.hibernate.ddl-auto=none",
                        "spring.sql.init.mode=never", "spring.session.jdbc.initialize-schema=never")
                .doesNotContain("spring.datasource.url");
        assertThat(Files.readString(out.resolve("pom.xml"))).contains("<module>database</module>");
        assertThat(Files.readString(out.resolve("README.md"))).contains("run `database` first (it sets the"
                + " monolith's own database up once, then exits");
        assertThat(Files.readString(out.resolve("docker-compose.yml")))
                .contains("restart: \"no\"", "condition: service_completed_successfully");
        assertThat(Files.readString(out.resolve("deploy/k8s/database.yaml"))).contains("kind: Job", "restartPolicy: OnFailure")
                .doesNotContain("livenessProbe");
    }
}
