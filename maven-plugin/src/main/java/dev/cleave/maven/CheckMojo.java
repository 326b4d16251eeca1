package dev.cleave.maven;

import dev.cleave.pipeline.gate.GateResult;
import dev.cleave.pipeline.gate.Violation;
import dev.cleave.pipeline.report.CheckRequest;
import dev.cleave.pipeline.report.CheckRun;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The CI gate: checks the code against the committed plan and a baseline, writes JUnit XML, SARIF, HTML and
 * Markdown reports to {@code target/cleave}, then fails the build when the gate fails (reports are written first).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class CheckMojo extends CleaveMojo {
    private static final int LISTED = 20;

    /** The committed plan. Default: {@code cleave-plan.json} in the top-level project's folder. */
    @Parameter(property = "cleave.plan")
    File plan;

    /** Accepted violations; a missing file means none. Default: {@code cleave-baseline.json} beside the plan. */
    @Parameter(property = "cleave.baseline")
    File baseline;

    /** Rewrite the baseline to what this run found (fixed violations drop out, new ones are recorded). */
    @Parameter(property = "cleave.updateBaseline", defaultValue = "false")
    boolean updateBaseline;

    /** Reports to write: junit, sarif, html, md. */
    @Parameter(property = "cleave.formats", defaultValue = "junit,sarif,html,md")
    List<String> formats;

    /** false only reports: the build never fails. */
    @Parameter(property = "cleave.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** New violations that still pass. */
    @Parameter(property = "cleave.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /** New violations below this severity (note, warning, error) never fail the build. */
    @Parameter(property = "cleave.severityThreshold", defaultValue = "warning")
    String severityThreshold;

    /** How much worse (absolute) a metric may get before it is a regression. */
    @Parameter(property = "cleave.metricTolerance", defaultValue = "0.01")
    double metricTolerance;

    @Override
    void run(Reactor reactor) throws MojoFailureException {
        Path planFile = plan != null ? plan.toPath() : reactor.root().resolve("cleave-plan.json");
        Path baselineFile = baseline != null ? baseline.toPath()
                : planFile.toAbsolutePath().getParent().resolve("cleave-baseline.json");
        CheckRequest request = new CheckRequest(reactor.root(), planFile, baselineFile,
                CheckParameters.options(failOnViolation, maxAllowedViolations, severityThreshold, metricTolerance),
                CheckParameters.formats(formats), outputDirectory(reactor), updateBaseline);
        if (!planFile.toFile().isFile()) {
            throw new IllegalArgumentException("no plan at " + planFile + ": run 'mvn cleave:split', review"
                    + " target/cleave/plan.json and commit it as cleave-plan.json, or set <plan>/-Dcleave.plan");
        }
        CheckRun.Outcome outcome = CheckRun.run(request, graph(reactor), analyzerOptions(reactor));
        outcome.reports().forEach(f -> getLog().info("Cleave: wrote " + f));
        if (outcome.baseline() != null) {
            getLog().info("Cleave: wrote baseline " + outcome.baseline() + " (commit it)");
        }
        GateResult result = outcome.result();
        if (!result.passed()) {
            throw new MojoFailureException(failure(result, baselineFile));
        }
        result.newViolations().forEach(v -> getLog().warn(describe(v)));
        getLog().info(result.verdict());
    }

    private static String failure(GateResult result, Path baselineFile) {
        List<Violation> counted = result.counted();
        StringBuilder out = new StringBuilder(result.verdict()).append(":\n");
        counted.stream().limit(LISTED).forEach(v -> out.append("  ").append(describe(v)).append('\n'));
        if (counted.size() > LISTED) {
            out.append("  ... and ").append(counted.size() - LISTED).append(" more in target/cleave\n");
        }
        return out.append("Fix the code or the plan. To accept these as known, rewrite the baseline with")
                .append(" -Dcleave.updateBaseline (").append(baselineFile.getFileName()).append(") and commit it;")
                .append(" <maxAllowedViolations>, <severityThreshold> and <failOnViolation> relax the gate.")
                .toString();
    }

    private static String describe(Violation v) {
        return "[" + v.severity() + "] " + v.rule().id() + " " + v.file() + (v.line() > 0 ? ":" + v.line() : "")
                + " - " + v.message();
    }
}
