package dev.cleave.pipeline.report;

import dev.cleave.analyzer.Analyzer;
import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;
import dev.cleave.model.Wiring;
import dev.cleave.pipeline.gate.GateOptions;
import dev.cleave.pipeline.gate.Rule;
import dev.cleave.pipeline.gate.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check run on sources points a call of an undeclared operation at the call, as the analysis resolved it, not at
 * the first line that happens to carry the method's name.
 */
class CheckRunTest {
    @TempDir
    Path dir;

    @Test
    void anUndeclaredOperationIsReportedAtItsCall() throws IOException {
        Path root = dir.resolve("project");
        write(root, "a/Orders.java", """
                package a;

                public class Orders {
                    void start() {                  // line 4: a method of its own with the same name
                    }

                    void place(b.Billing billing) {
                        start();
                        billing.charge();
                        billing.start();            // line 10: the undeclared operation
                    }
                }
                """);
        write(root, "b/Billing.java", """
                package b;

                public class Billing {
                    public void charge() {
                    }

                    public void start() {
                    }
                }
                """);
        Plan plan = Plan.of(List.of(service("orders", "a.Orders"), service("billing", "b.Billing")), List.of())
                .withWiring(List.of(new Wiring("orders", "billing", "rest", List.of("b.Billing#charge()"))));
        Path planFile = dir.resolve("cleave-plan.json");
        PlanJson.write(plan, planFile);
        CheckRequest request = new CheckRequest(root, planFile, null, GateOptions.defaults(), Set.of(),
                dir.resolve("out"), false);
        AnalyzerOptions options = AnalyzerOptions.of(root).withGitCommits(0).withThreads(1);

        Violation located = operation(CheckRun.run(request, options, ProgressListener.NONE));
        assertThat(located.key()).isEqualTo("a.Orders -> b.Billing#start()");
        assertThat(located.file()).isEqualTo("src/main/java/a/Orders.java");
        assertThat(located.line()).isEqualTo(10);
        // from a graph without its analysis options, the line is the first mention of the name, as before
        Violation scanned = operation(CheckRun.run(request, Analyzer.analyze(options)));
        assertThat(scanned.line()).isEqualTo(4);
        assertThat(scanned.key()).isEqualTo(located.key());
        assertThat(CheckRun.run(request, Analyzer.analyze(options), options).result().newViolations())
                .contains(located);
    }

    private static Violation operation(CheckRun.Outcome outcome) {
        List<Violation> found = outcome.result().newViolations().stream()
                .filter(v -> v.rule() == Rule.CROSS_BOUNDARY).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Service service(String name, String type) {
        return new Service(name, List.of(type), List.of(), List.of(), 0, Map.of());
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve("src/main/java").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
