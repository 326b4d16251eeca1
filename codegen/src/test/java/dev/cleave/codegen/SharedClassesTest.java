package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan may share classes that use classes of a service (the splitter's plans do): they leave the shared library,
 * a bean into the service it uses most, any other class as a copy into each service that uses it.
 */
class SharedClassesTest {
    private static final Path INPUT = Path.of("src/test/resources/golden/greetings-and-names/input");

    @TempDir
    Path dir;

    @Test
    void sharedClassesUsingServiceClassesLeaveTheSharedLibrary() {
        Plan plan = Plan.of(List.of(
                        Service.of("greetings", List.of("demo.greet.GreetingListener")),
                        Service.of("names", List.of("demo.names.NameController", "demo.names.NameService",
                                "demo.names.Person"))),
                List.of("demo.DemoApplication", "demo.greet.Greeting", "demo.greet.GreetingController",
                        "demo.names.PersonRenamed"));
        Path out = dir.resolve("system");
        GenerationResult result = Generator.generate(null, plan, GenerateOptions.of(INPUT, out));

        assertThat(out.resolve("shared/src/main/java/demo/names/PersonRenamed.java")).as("uses nothing: stays shared")
                .isRegularFile();
        assertThat(out.resolve("shared/src/main/java/demo/greet/GreetingController.java")).doesNotExist();
        assertThat(out.resolve("shared/src/main/java/demo/greet/Greeting.java")).doesNotExist();
        assertThat(out.resolve("services/names/src/main/java/demo/greet/GreetingController.java"))
                .as("a bean: once, in the service it uses").isRegularFile();
        assertThat(out.resolve("services/greetings/src/main/java/demo/greet/GreetingController.java")).doesNotExist();
        assertThat(out.resolve("database/src/main/java/demo/greet/Greeting.java")).as("an entity: copied")
                .isRegularFile();
        assertThat(result.warnings()).contains(
                "shared class demo.greet.Greeting uses demo.names.Person; it is not in the shared library, every"
                        + " service that uses it gets a copy",
                "shared class demo.greet.GreetingController uses demo.names.NameService; it is a bean, so it runs"
                        + " once, in service 'names', the service whose classes it uses most");
        assertThat(Generator.generate(null, plan, GenerateOptions.of(INPUT, out)).nothingChanged()).isTrue();
    }

    @Test
    void beansThePlanPlacesNowhereRunInTheServiceTheyUseAndSharedBeansFollowThem() {
        Plan plan = Plan.of(List.of(Service.of("names", List.of("demo.names.NameController", "demo.names.Person"))),
                List.of("demo.DemoApplication", "demo.greet.GreetingController"));
        Path out = dir.resolve("out");
        GenerationResult result = Generator.generate(null, plan, GenerateOptions.of(INPUT, out));

        assertThat(out.resolve("services/names/src/main/java/demo/names/NameService.java"))
                .as("a bean in no service of the plan").isRegularFile();
        assertThat(out.resolve("services/names/src/main/java/demo/greet/GreetingController.java"))
                .as("a shared bean using it").isRegularFile();
        assertThat(result.warnings()).contains("class demo.names.NameService is in no service of the plan; it is a"
                + " bean, so it runs in service 'names', the service whose classes it uses most");
    }

    @Test
    void theApplicationClassIsSharedWithWhatItNeedsAndInNoService() {
        Plan plan = Plan.of(List.of(Service.of("names", List.of("demo.DemoApplication", "demo.names.NameController",
                        "demo.names.NameService", "demo.names.Person")),
                Service.of("greetings", List.of("demo.greet.GreetingController", "demo.greet.GreetingListener",
                        "demo.greet.Greeting", "demo.names.PersonRenamed"))), List.of());
        Path out = dir.resolve("out");
        GenerationResult result = Generator.generate(null, plan, GenerateOptions.of(INPUT, out));

        assertThat(out.resolve("shared/src/main/java/demo/DemoApplication.java")).isRegularFile();
        assertThat(out.resolve("services/names/src/main/java/demo/DemoApplication.java")).doesNotExist();
        assertThat(result.warnings()).contains("the application class demo.DemoApplication runs in every service; it"
                + " is in the shared library, not in service 'names'");
    }
}
