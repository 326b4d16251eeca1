package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.Access;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Wiring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan's wiring switches how one service reaches a class of another, per edge: a repository it would copy is
 * called over HTTP when switched to remote, and a business bean it would call is copied when switched to local.
 * {@code GeneratedSamplesIT} runs the same switches against the sample's scenarios.
 */
class WiringSwitchTest {
    private static final String CUSTOMERS = "com.acme.travel.repository.CustomerRepository";
    private static final String PAYMENTS = "com.acme.travel.service.PaymentService";

    @TempDir
    Path dir;

    /** travel-desk's reference plan with bookings reaching customers' repository remotely and payments locally. */
    static Plan switched(Path sample) {
        Plan plan = PlanJson.read(sample.resolve("expected.json"));
        return plan.withWiring(List.of(
                new Wiring("bookings", "customers", "rest", List.of(CUSTOMERS), Map.of(CUSTOMERS, Access.REMOTE)),
                new Wiring("bookings", "payments", "rest", List.of(PAYMENTS), Map.of(PAYMENTS, Access.LOCAL))));
    }

    @Test
    void aRepositorySwitchedToRemoteIsCalledAndABeanSwitchedToLocalIsCopied() throws Exception {
        Path sample = Samples.repo().resolve("samples/travel-desk");
        // the repository's inherited operations (findById, existsById) are declared in Spring Data's jars
        List<Path> classpath = Samples.classpath(sample, Files.createDirectories(dir.resolve("classpath")));
        Generator.generate(null, switched(sample), GenerateOptions.of(sample, dir.resolve("out"))
                .withClasspath(classpath));
        dir = dir.resolve("out");
        String bookings = "services/bookings/src/main/java/com/acme/travel/";
        assertThat(Files.readString(dir.resolve(bookings + "repository/CustomerRepository.java")))
                .as("an HTTP client in place of the repository").doesNotContain("interface CustomerRepository")
                .contains("findById", "existsById");
        assertThat(dir.resolve("services/customers/src/main/java/com/acme/travel/repository/"
                + "CustomerRepositoryCleaveFacade.java")).isRegularFile();
        assertThat(Files.readString(dir.resolve(bookings + "service/PaymentService.java")))
                .as("the monolith's own PaymentService, copied").isEqualTo(Files.readString(
                        sample.resolve("src/main/java/com/acme/travel/service/PaymentService.java")));
        assertThat(dir.resolve("services/payments/src/main/java/com/acme/travel/service/"
                + "PaymentServiceCleaveFacade.java")).doesNotExist();
        assertThat(dir.resolve(bookings + "repository/PaymentRepository.java"))
                .as("the copied bean's own repository comes with it").isRegularFile();
    }

    @Test
    void aValueSwitchedToRemoteIsRefusedWithTheFix() {
        Path sample = Samples.repo().resolve("samples/travel-desk");
        String customer = "com.acme.travel.domain.Customer";
        Plan plan = PlanJson.read(sample.resolve("expected.json")).withWiring(List.of(new Wiring("bookings",
                "customers", "rest", List.of(customer), Map.of(customer, Access.REMOTE))));
        assertThatThrownBy(() -> Generator.generate(null, plan, GenerateOptions.of(sample, dir)))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining(customer + " to remote for service 'bookings', but it is a value")
                .hasMessageContaining("remove it from 'access' in the wiring bookings -> customers");
    }

    @Test
    void aSwitchForAClassTheTargetServiceDoesNotOwnIsRefusedWithTheFix() {
        Path sample = Samples.repo().resolve("samples/travel-desk");
        Plan plan = PlanJson.read(sample.resolve("expected.json")).withWiring(List.of(new Wiring("bookings",
                "payments", "rest", List.of(PAYMENTS), Map.of(CUSTOMERS, Access.REMOTE))));
        assertThatThrownBy(() -> Generator.generate(null, plan, GenerateOptions.of(sample, dir)))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining(CUSTOMERS + " (wiring bookings -> payments, not a class of 'payments')")
                .hasMessageContaining("remove those entries from 'access'");
    }
}
