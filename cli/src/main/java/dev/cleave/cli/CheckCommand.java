package dev.cleave.cli;

import dev.cleave.analyzer.ProgressListener;
import dev.cleave.pipeline.gate.GateOptions;
import dev.cleave.pipeline.gate.Severity;
import dev.cleave.pipeline.gate.Violation;
import dev.cleave.pipeline.report.CheckRequest;
import dev.cleave.pipeline.report.CheckRun;
import dev.cleave.pipeline.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code cleave check}: the CI gate; checks the code against the committed plan and writes the reports. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a project's code against its committed plan (the CI gate) and writes reports.",
                "Exit status: 0 passed, " + CheckCommand.FAILED + " the gate failed, 1 bad input."})
final class CheckCommand implements Callable<Integer> {
    static final int FAILED = 4;
    private static final int LISTED = 20;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dir|graph.json>",
            description = "The project folder (analyzed) or its graph.json.")
    Path input;

    @Option(names = "--plan", paramLabel = "<plan.json>",
            description = "The committed plan. Default: <dir>/cleave-plan.json.")
    Path plan;

    @Option(names = "--baseline", paramLabel = "<file>",
            description = "Accepted violations (a missing file: none). Default: cleave-baseline.json beside the plan.")
    Path baseline;

    @Option(names = "--update-baseline",
            description = "Rewrite the baseline to what this run found (fixed ones drop out).")
    boolean updateBaseline;

    @Option(names = "--format", paramLabel = "<formats>", split = ",", defaultValue = "junit,sarif,html,md",
            description = "Reports to write: junit, sarif, html, md. Default: ${DEFAULT-VALUE}.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "<dir>",
            description = "Where the reports go. Default: <dir>/target/cleave.")
    Path out;

    @Option(names = "--fail-on-violation", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Fail on new violations (--no-fail-on-violation only reports). Default: ${DEFAULT-VALUE}.")
    boolean failOnViolation;

    @Option(names = "--max-allowed-violations", paramLabel = "<n>", defaultValue = "0",
            description = "New violations that still pass. Default: ${DEFAULT-VALUE}.")
    int maxAllowed;

    @Option(names = "--severity-threshold", paramLabel = "<level>", defaultValue = "warning",
            description = "New violations below this level (note, warning, error) never fail."
                    + " Default: ${DEFAULT-VALUE}.")
    String threshold;

    @Option(names = "--metric-tolerance", paramLabel = "<x>", defaultValue = "0.01",
            description = "How much worse a metric may get. Default: ${DEFAULT-VALUE}.")
    double tolerance;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Override
    public Integer call() {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException(input + " does not exist: give the project folder or its graph.json");
        }
        Path home = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
        GateOptions options = new GateOptions(failOnViolation, maxAllowed, Severity.parse(threshold), tolerance);
        Path planFile = plan != null ? plan : home.resolve("cleave-plan.json");
        Path baselineFile = baseline != null ? baseline
                : planFile.toAbsolutePath().getParent().resolve("cleave-baseline.json");
        Set<ReportFormat> reports = formats.stream().map(ReportFormat::parse).collect(Collectors.toSet());
        CheckRequest request = new CheckRequest(input, planFile, baselineFile, options, reports,
                out != null ? out : home.resolve("target/cleave"), updateBaseline);
        CheckRun.Outcome outcome = CheckRun.run(request, analysis.toOptions(home),
                AnalysisOptions.printingCache(ProgressListener.NONE, spec.commandLine().getErr()));
        print(spec.commandLine().getOut(), outcome);
        return outcome.result().passed() ? 0 : FAILED;
    }

    private static void print(PrintWriter out, CheckRun.Outcome outcome) {
        List<Violation> fresh = outcome.result().newViolations();
        fresh.stream().limit(LISTED).forEach(v -> out.println("  " + v.severity() + " " + v.rule().id() + " "
                + v.file() + (v.line() > 0 ? ":" + v.line() : "") + "\n      " + v.message()));
        if (fresh.size() > LISTED) {
            out.println("  ... and " + (fresh.size() - LISTED) + " more in the reports");
        }
        outcome.reports().forEach(file -> out.println("Wrote " + file));
        if (outcome.baseline() != null) {
            out.println("Wrote baseline " + outcome.baseline());
        }
        out.println(outcome.result().verdict());
        out.flush();
    }
}
