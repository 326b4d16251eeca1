package dev.cleave.codegen.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Runs what the deploy package configures: builds a base image tarball from the running JDK, builds a Spring Boot
 * service's image with real Maven and Jib from that tarball (the pom names the default registry base;
 * {@code -Djib.from.image} replaces it), unpacks the image into a root directory, starts it with {@code unshare} +
 * {@code chroot} (needs root) as the image's non-root user on a read-only root with a tmpfs at {@code /tmp}, as the
 * manifests run it, and expects 200 from its health endpoint and from the liveness and readiness groups the probes use.
 *
 * <p>The nested Maven build follows the build running this test: offline under {@code mvn -o}, online otherwise
 * (see {@link ContainerImages#offline()}); {@code -Dcleave.it.online=true} forces it online.
 */
class ContainerImageIT {
    private static final Path WORK = Path.of("target", "container-image-it").toAbsolutePath();
    private static final DeployUnit UNIT =
            new DeployUnit("fixture-service", "services/fixture-service", 8080, "/actuator/health", Map.of());

    @AfterAll
    static void cleanUp() throws IOException {
        assertThat(ContainerImages.mountsUnder(WORK)).as("mounts left under %s (not deleted)", WORK).isEmpty();
        Processes.deleteTree(WORK);
    }

    @Test
    void imageBuiltOfflineFromALocalBaseServesItsHealthEndpoint() throws Exception {
        Processes.deleteTree(WORK);
        Path base = BaseImages.buildLocalBase(Path.of(System.getProperty("java.home")), WORK.resolve("base/base.tar"));
        Path project = copyFixture(WORK.resolve("fixture-service"));

        Path imageTar = ContainerImages.buildTar(project, base, WORK);

        ContainerImages.Unpacked image = ContainerImages.unpack(imageTar, WORK);
        assertThat(image.manifest().get("RepoTags").toString()).contains("cleave/fixture-service:0.1.0");
        assertThat(image.user()).as("the user the manifests run it as").isEqualTo("65532:65532");
        assertThat(image.config().get("config").get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(image.config().get("history").toString()).as("built from the local base")
                .contains("cleave BaseImages");
        assertThat(image.config().get("created").asText()).startsWith("1970-01-01T00:00:00");
        assertThat(image.entrypoint()).startsWith("java", "-XX:MaxRAMPercentage=75.0");
        assertThat(Files.readString(image.root().resolve("etc/passwd"))).contains("nonroot:x:65532:65532:");
        try (ContainerImages.Running container = ContainerImages.start(image, Map.of())) {
            HttpResponse<String> health = container.awaitOk(UNIT.healthPath(), Duration.ofMinutes(2));
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(container.awaitOk(UNIT.livenessPath(), Duration.ofSeconds(10)).body()).contains("UP");
            assertThat(container.awaitOk(UNIT.readinessPath(), Duration.ofSeconds(10)).body()).contains("UP");
        }
    }

    /** Copies the fixture project and writes its pom: the template with JibConfig's plugin element. */
    private static Path copyFixture(Path target) throws IOException, URISyntaxException {
        Path fixture = Path.of(ContainerImageIT.class.getResource("/deploy/fixture-service/pom.template.xml").toURI())
                .getParent();
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(fixture.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Path template = target.resolve("pom.template.xml");
        String pom = Files.readString(template)
                .replace("<!-- cleave:jib-plugin -->\n", JibConfig.pluginXml(UNIT, DeployOptions.defaults()));
        assertThat(pom).contains("<artifactId>jib-maven-plugin</artifactId>");
        Files.writeString(target.resolve("pom.xml"), pom);
        Files.delete(template);
        return target;
    }
}
