package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.testing.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A monolith on a database of its own: travel-desk on a real PostgreSQL (a throwaway cluster on loopback), with its
 * Flyway migrations, its own database user and Spring Session for its pages. Its booking charges the card in another
 * service inside its transaction, which PostgreSQL cannot keep as the monolith had it: generation refuses, then
 * generates when told to accept it. The generated set-up program sets the
 * empty database up as the monolith's first start would, the services pass every scenario step through the gateway,
 * and a second run of the set-up program keeps the data the scenarios wrote (created once, loaded once).
 */
class GeneratedServerDatabaseIT {
    private static final Path WORK = Path.of("target/it/travel-desk-postgres").toAbsolutePath();

    @Test
    void aMonolithOnPostgresqlIsSetUpOnceAndItsServicesBehaveLikeIt() throws Exception {
        Files.createDirectories(WORK);
        try (Postgres postgres = Postgres.start(WORK.resolve("postgres"))) {
            postgres.createUser("travel", "s3cret");
            postgres.createDatabase("travel", "travel");
            Path monolith = Samples.onPostgres(Samples.repo().resolve("samples/travel-desk"), WORK.resolve("travel-desk"),
                    postgres.jdbcUrl("travel"));
            List<Path> classpath = Samples.classpath(monolith, WORK);
            Plan plan = PlanJson.read(monolith.resolve("expected.json"));
            assertThatThrownBy(() -> Generator.generate(null, plan, GenerateOptions.of(monolith, WORK.resolve("refused"))
                    .withClasspath(classpath)))
                    .as("booking charges the card in payments inside its transaction: PostgreSQL cannot show"
                            + " payments the booking's uncommitted rows")
                    .isInstanceOf(GenerationException.class)
                    .hasMessageContaining("com.acme.travel.service.PaymentService#charge (service 'bookings')")
                    .hasMessageContaining("--accept-split-transactions");
            GeneratedSystem system = GeneratedSystem.generate(monolith, plan, WORK, classpath, true);
            assertThat(system.setsUpItsDatabase()).isTrue();
            system.build();
            String bookings;
            try (RunningSystem running = new RunningSystem(WORK.resolve("logs"))) {
                system.start(running);
                assertThat(postgres.query("travel", "SELECT count(*) FROM flyway_schema_history WHERE success"))
                        .as("the monolith's three migrations, run once").isEqualTo("3");
                system.replayScenarios(running);
                bookings = postgres.query("travel", "SELECT count(*) FROM booking");
                assertThat(Long.parseLong(bookings)).as("bookings seeded and made by the scenarios").isPositive();
                assertThat(postgres.query("travel", "SELECT to_regclass('spring_session') IS NOT NULL"))
                        .as("the session tables, made by the set-up for the shared sessions").isEqualTo("t");

                system.setUpDatabase(running);
            }
            assertThat(postgres.query("travel", "SELECT count(*) FROM booking"))
                    .as("a second set-up loads nothing again").isEqualTo(bookings);
            assertThat(postgres.query("travel", "SELECT count(*) FROM cleave_database_setup")).isEqualTo("2");
            assertThat(Files.readString(WORK.resolve("logs/database.log")))
                    .contains("was set up before: nothing is created or loaded again");
        }
    }
}
