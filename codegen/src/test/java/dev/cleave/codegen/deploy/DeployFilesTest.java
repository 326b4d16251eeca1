package dev.cleave.codegen.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Golden files: {@code deploy/golden/<case>/input.json} (options and units) sits beside {@code expected/}, which holds
 * every file {@link DeployFiles#render} must produce, byte for byte.
 */
class DeployFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoUnitsRenderExactlyTheExpectedFiles() throws Exception {
        Path golden = golden("two-units");
        Input input = input(golden.resolve("input.json"));

        Map<String, String> rendered = DeployFiles.render(input.units(), input.options());

        assertThat(rendered).isEqualTo(expected(golden.resolve("expected")));
    }

    @Test
    void outputDoesNotDependOnTheOrderOfUnitsOrEnvironment() throws Exception {
        Input input = input(golden("two-units").resolve("input.json"));
        List<DeployUnit> reversed = new ArrayList<>(input.units());
        java.util.Collections.reverse(reversed);

        assertThat(DeployFiles.render(reversed, input.options()))
                .isEqualTo(DeployFiles.render(input.units(), input.options()));
    }

    @Test
    void aUnitDependsOnThePeersItsUrlsName() {
        DeployUnit gateway = unit("gateway", 8080, Map.of("ORDERS_URL", "http://orders:8081/api",
                "CATALOG_URL", "https://catalog:8082", "DOCS_URL", "http://example.com", "SELF", "http://gateway:8080"));
        var names = java.util.Set.of("gateway", "orders", "catalog");

        assertThat(ComposeFile.peers(gateway, names)).containsExactly("catalog", "orders");
    }

    @Test
    void anEnvironmentPortWinsOverTheUnitPort() {
        DeployUnit unit = unit("orders", 8081, Map.of("SERVER_PORT", "9000"));

        assertThat(DeployFiles.render(List.of(unit), DeployOptions.defaults()).get("docker-compose.yml"))
                .contains("SERVER_PORT: \"9000\"").doesNotContain("SERVER_PORT: \"8081\"");
    }

    @Test
    void rejectsTwoUnitsOnOnePort() {
        List<DeployUnit> units = List.of(unit("orders", 8081, Map.of()), unit("catalog", 8081, Map.of()));

        assertThatThrownBy(() -> DeployFiles.render(units, DeployOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("catalog and orders")
                .hasMessageContaining("8081");
    }

    @Test
    void rejectsTwoUnitsWithOneName() {
        List<DeployUnit> units = List.of(unit("orders", 8081, Map.of()), unit("orders", 8082, Map.of()));

        assertThatThrownBy(() -> DeployFiles.render(units, DeployOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orders");
    }

    private static DeployUnit unit(String name, int port, Map<String, String> env) {
        return new DeployUnit(name, "services/" + name, port, "/actuator/health", env);
    }

    private record Input(DeployOptions options, List<DeployUnit> units) {
    }

    private static Input input(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode o = root.get("options");
        List<String> flags = new ArrayList<>();
        o.get("jvmFlags").forEach(flag -> flags.add(flag.asText()));
        DeployOptions options = new DeployOptions(o.get("baseImage").asText(), o.get("imagePrefix").asText(),
                o.get("imageTag").asText(), flags);
        List<DeployUnit> units = new ArrayList<>();
        for (JsonNode u : root.get("units")) {
            Map<String, String> env = new TreeMap<>();
            u.get("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
            units.add(new DeployUnit(u.get("name").asText(), u.get("artifactDir").asText(), u.get("port").asInt(),
                    u.get("healthPath").asText(), env));
        }
        return new Input(options, units);
    }

    private static Map<String, String> expected(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static Path golden(String name) throws URISyntaxException {
        return Path.of(DeployFilesTest.class.getResource("/deploy/golden/" + name + "/input.json").toURI()).getParent();
    }
}
