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
    void defaultOptionsTagImagesWithTheGeneratedProjectsVersionWithoutSnapshot() {
        DeployOptions options = DeployOptions.defaults();
        DeployUnit unit = new DeployUnit("orders", "services/orders", 8081, "/actuator/health", null);

        assertThat(options.baseImage()).isEqualTo("eclipse-temurin:17-jre");
        assertThat(DeployOptions.DEFAULT_PROJECT_VERSION).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(options.image(unit)).isEqualTo("cleave/orders:0.1.0");
        assertThat(options.jvmFlags()).contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(options.externalDatabase()).isFalse();
    }

    @Test
    void aProjectVersionGivesItsTagAndAnExplicitTagIsKept() {
        DeployUnit unit = new DeployUnit("orders", "services/orders", 8081, "/actuator/health", null);

        assertThat(DeployOptions.defaults().withProjectVersion("2.3.1-SNAPSHOT").image(unit))
                .isEqualTo("cleave/orders:2.3.1");
        assertThat(DeployOptions.defaults().withProjectVersion("2.3.1").imageTag()).isEqualTo("2.3.1");
        assertThat(DeployOptions.defaults().withImageTag("2026.01-rc1").image(unit)).isEqualTo("cleave/orders:2026.01-rc1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "LATEST"})
    void refusesTheLatestTag(String tag) {
        assertThatThrownBy(() -> DeployOptions.defaults().withImageTag(tag))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'latest' is refused");
        assertThatThrownBy(() -> new DeployOptions("eclipse-temurin:17-jre", "cleave/", tag, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latest");
    }

    @Test
    void theDatabaseGetsItsDataDirectoryAndMayNotSetItItself() {
        DeployUnit database = new DeployUnit("database", "database", 8083, "/actuator/health", Map.of(),
                List.of(9092), List.of(), DeployUnit.Role.DATABASE);

        assertThat(database.containerEnv()).containsEntry("CLEAVE_DATABASE_DIR", "/data");
        assertThat(database.withRole(DeployUnit.Role.SERVICE).containerEnv()).doesNotContainKey("CLEAVE_DATABASE_DIR");
        assertThatThrownBy(() -> new DeployUnit("database", "database", 8083, "/actuator/health",
                Map.of("CLEAVE_DATABASE_DIR", "/var/db"), List.of(), List.of(), DeployUnit.Role.DATABASE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLEAVE_DATABASE_DIR");
    }

    @Test
    void probesUseTheLivenessAndReadinessGroupsBelowTheHealthPath() {
        DeployUnit unit = new DeployUnit("orders", "services/orders", 8081, "/manage/health", Map.of());

        assertThat(unit.livenessPath()).isEqualTo("/manage/health/liveness");
        assertThat(unit.readinessPath()).isEqualTo("/manage/health/readiness");
        assertThat(unit.role()).isEqualTo(DeployUnit.Role.SERVICE);
        assertThatThrownBy(() -> new DeployUnit("orders", "services/orders", 8081, "/actuator/health/", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("healthPath");
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
