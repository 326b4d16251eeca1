package dev.cleave.codegen.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a unit and the options accept, and what they keep. */
class DeployUnitTest {
    @Test
    void keepsTheEnvironmentSortedAndUnmodifiable() {
        Map<String, String> env = new HashMap<>(Map.of("ZED", "1", "ALPHA", "2", "MIDDLE", "3"));
        DeployUnit unit = new DeployUnit("orders", "services/orders", 8081, "/actuator/health", env);
        env.put("LATER", "4");

        assertThat(unit.env().keySet()).containsExactly("ALPHA", "MIDDLE", "ZED");
        assertThatThrownBy(() -> unit.env().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Orders", "order_history", "-orders", "orders-", "9lives", "a--b", ""})
    void rejectsNamesThatAreNotLowerKebabCase(String name) {
        assertThatThrownBy(() -> new DeployUnit(name, "services/x", 8081, "/actuator/health", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kebab");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/abs/orders", "../orders", "services/../../x", "services\\orders", " "})
    void rejectsArtifactDirsOutsideTheOutputRoot(String dir) {
        assertThatThrownBy(() -> new DeployUnit("orders", dir, 8081, "/actuator/health", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("artifactDir");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536})
    void rejectsPortsOutOfRange(int port) {
        assertThatThrownBy(() -> new DeployUnit("orders", "services/orders", port, "/actuator/health", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port " + port);
    }

    @Test
    void rejectsEnvironmentNamesAShellCannotSet() {
        assertThatThrownBy(() -> new DeployUnit("orders", "services/orders", 8081, "/actuator/health",
                Map.of("CATALOG-URL", "http://catalog:8082")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CATALOG-URL");
    }

    @Test
    void keepsTcpPortsAndDependenciesSortedAndDefaultsThemToNone() {
        DeployUnit unit = new DeployUnit("orders", "services/orders", 8081, "/actuator/health", Map.of(),
                new java.util.ArrayList<>(List.of(9093, 9092)), List.of("payments", "database"));

        assertThat(unit.tcpPorts()).containsExactly(9092, 9093);
        assertThat(unit.dependsOn()).containsExactly("database", "payments");
        assertThat(new DeployUnit("orders", "services/orders", 8081, "/actuator/health", Map.of()).tcpPorts()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 65536, 8081})
    void rejectsTcpPortsOutOfRangeOrEqualToTheHttpPort(int port) {
        assertThatThrownBy(() -> new DeployUnit("orders", "services/orders", 8081, "/actuator/health", Map.of(),
                List.of(port), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TCP port " + port);
    }

    @Test
    void rejectsATcpPortListedTwice() {
        assertThatThrownBy(() -> new DeployUnit("orders", "services/orders", 8081, "/actuator/health", Map.of(),
                List.of(9092, 9092), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "Database", ""})
    void rejectsDependingOnItselfOrOnNoValidName(String other) {
        assertThatThrownBy(() -> new DeployUnit("orders", "services/orders", 8081, "/actuator/health", Map.of(),
                List.of(), List.of(other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orders");
    }

    @Test
    void defaultOptionsNameImagesUnderCleaveWithLatest() {
        DeployOptions options = DeployOptions.defaults();
        DeployUnit unit = new DeployUnit("orders", "services/orders", 8081, "/actuator/health", null);

        assertThat(options.baseImage()).isEqualTo("eclipse-temurin:17-jre");
        assertThat(options.image(unit)).isEqualTo("cleave/orders:latest");
        assertThat(options.jvmFlags()).contains("-XX:+ExitOnOutOfMemoryError");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cleave/", "cleave", "/cleave/", "cleave//"})
    void rejectsImagePrefixesThatDoNotEndInASlashOrAreNotLowerCase(String prefix) {
        assertThatThrownBy(() -> new DeployOptions("eclipse-temurin:17-jre", prefix, "1.0", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("imagePrefix");
    }

    @Test
    void acceptsARegistryWithAPortAsPrefix() {
        DeployOptions options = new DeployOptions("eclipse-temurin:17-jre", "localhost:5000/shop/", "1.0", List.of());
        DeployUnit unit = new DeployUnit("orders", "services/orders", 8081, "/actuator/health", Map.of());

        assertThat(options.image(unit)).isEqualTo("localhost:5000/shop/orders:1.0");
    }
}
