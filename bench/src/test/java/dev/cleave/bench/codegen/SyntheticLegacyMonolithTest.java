package dev.cleave.bench.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.codegen.GenerateOptions;
import dev.cleave.codegen.GenerationCheck;
import dev.cleave.codegen.Generator;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic legacy monolith depends on the spec only, is the WAR it says it is, and Cleave's generator is ready
 * for it with its plan; no benchmark runs here.
 */
class SyntheticLegacyMonolithTest {

    @Test
    void sameSpecWritesTheSameBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
        var spec = new SyntheticLegacyMonolith.Spec(5_000, 3, 7);
        var first = SyntheticLegacyMonolith.write(spec, dir.resolve("a"));
        var second = SyntheticLegacyMonolith.write(spec, dir.resolve("b"));
        SyntheticLegacyMonolith.write(new SyntheticLegacyMonolith.Spec(5_000, 3, 8), dir.resolve("c"));

        assertThat(files(dir.resolve("b"))).isEqualTo(files(dir.resolve("a")));
        assertThat(files(dir.resolve("c"))).isNotEqualTo(files(dir.resolve("a")));
        assertThat(second).isEqualTo(first);
        assertThat(first.javaLines()).isGreaterThanOrEqualTo(5_000)
                .isEqualTo(LegacyCodegenBench.size(dir.resolve("a/src/main/java"))[1]);
        assertThat(PlanJson.read(dir.resolve("a/plan.json"))).isEqualTo(first.plan());
    }

    @Test
    void planPlacesEveryTypeOnceAndTheDescriptorsNameEveryServletAndServiceBean(@TempDir Path dir) throws IOException {
        var written = SyntheticLegacyMonolith.write(new SyntheticLegacyMonolith.Spec(4_000, 3, 1), dir);
        Plan plan = written.plan();
        List<String> placed = new ArrayList<>(plan.shared());
        plan.services().stream().map(Service::classes).forEach(placed::addAll);
        List<String> types = files(dir).keySet().stream().filter(f -> f.startsWith("src/main/java/"))
                .map(f -> f.substring("src/main/java/".length(), f.length() - ".java".length()).replace('/', '.'))
                .sorted().toList();
        String webXml = Files.readString(dir.resolve("src/main/webapp/WEB-INF/web.xml"));
        String context = Files.readString(dir.resolve("src/main/webapp/WEB-INF/applicationContext.xml"));
        String pom = Files.readString(dir.resolve("pom.xml"));

        assertThat(placed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(types);
        assertThat(plan.services()).hasSize(written.modules());
        assertThat(written.javaFiles()).isEqualTo(types.size());
        assertThat(types.stream().filter(t -> t.endsWith("Servlet") && !t.endsWith("BaseServlet")))
                .hasSize(written.servlets()).allMatch(t -> webXml.contains("<servlet-class>" + t + "</servlet-class>"));
        assertThat(types.stream().filter(t -> t.endsWith("Service"))).hasSize(written.entities())
                .allMatch(t -> context.contains("class=\"" + t + "\""));
        assertThat(webXml).contains("<param-value>jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1</param-value>",
                "<param-name>app.jdbc.user</param-name>", "<param-name>app.jdbc.password</param-name>",
                "org.springframework.web.context.ContextLoaderListener", "LoginFilter", "AppContextListener");
        assertThat(pom).contains("<packaging>war</packaging>", "<artifactId>javax.servlet-api</artifactId>",
                "<scope>provided</scope>").doesNotContain("spring-boot");
        assertThat(dir.resolve("src/main/resources/sql/schema.sql")).exists();
        assertThat(files(dir).keySet().stream().filter(f -> f.startsWith("src/main/webapp/")
                && (f.endsWith(".jsp") || f.endsWith(".jspf")))).hasSize(written.jspFiles());
    }

    /** Generation would go through (the same work as generating, nothing written), with calls between the services. */
    @Test
    void theGeneratorIsReadyForThePlan(@TempDir Path dir) {
        var written = SyntheticLegacyMonolith.write(new SyntheticLegacyMonolith.Spec(3_000, 3, 1), dir.resolve("m"));
        GenerationCheck check = Generator.check(null, written.plan(),
                GenerateOptions.of(dir.resolve("m"), dir.resolve("out")));

        assertThat(check.ready()).as(String.valueOf(check.refusal())).isTrue();
        assertThat(check.services()).extracting(GenerationCheck.ServiceSummary::name)
                .containsExactlyElementsOf(written.plan().services().stream().map(Service::name).toList());
        assertThat(check.services()).allMatch(s -> !s.calls().isEmpty() && s.operations() > 0);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        return files;
    }
}
