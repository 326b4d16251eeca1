package dev.cleave.maven;

import dev.cleave.pipeline.gate.GateOptions;
import dev.cleave.pipeline.report.CheckRequest;
import dev.cleave.pipeline.report.CheckRun;
import dev.cleave.pipeline.report.ReportFormat;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The HTML report (services drawn, metrics, the gate's findings) in {@code target/cleave}; also a Maven site
 * report ("Cleave" under Project Reports). It never fails the build: the check goal does that.
 */
@Mojo(name = "report", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class ReportMojo extends CleaveMojo implements MavenReport {
    /** The plan. Default: {@code cleave-plan.json} of the top-level project, else {@code target/cleave/plan.json}. */
    @Parameter(property = "cleave.plan")
    File plan;

    /** Accepted violations. Default: {@code cleave-baseline.json} beside the plan. */
    @Parameter(property = "cleave.baseline")
    File baseline;

    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true)
    File reportOutputDirectory;

    @Override
    void run(Reactor reactor) {
        write(reactor, outputDirectory(reactor));
    }

    private void write(Reactor reactor, Path dir) {
        Path planFile = planFile(reactor);
        if (!Files.isRegularFile(planFile)) {
            throw new IllegalArgumentException("no plan at " + planFile + ": run the split goal first, or set"
                    + " <plan>/-Dcleave.plan");
        }
        Path baselineFile = baseline != null ? baseline.toPath()
                : planFile.toAbsolutePath().getParent().resolve("cleave-baseline.json");
        CheckRequest request = new CheckRequest(reactor.root(), planFile, baselineFile,
                GateOptions.defaults().withFailOnViolation(false), Set.of(ReportFormat.HTML), dir, false);
        CheckRun.Outcome outcome = CheckRun.run(request, graph(reactor), analyzerOptions(reactor));
        outcome.reports().forEach(f -> getLog().info("Cleave: wrote " + f));
    }

    private Path planFile(Reactor reactor) {
        return plan != null ? plan.toPath() : defaultPlan(reactor);
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            write(new Reactor(session, project), getReportOutputDirectory().toPath());
        } catch (RuntimeException e) {
            throw new MavenReportException(Failures.translate(e).getMessage(), e);
        }
    }

    @Override
    @SuppressWarnings("deprecation") // still what Maven's site reads the report's file name from
    public String getOutputName() {
        return "cleave-report";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Cleave";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Planned services, the dependencies between them, plan metrics and the CI gate's findings.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        Reactor reactor = new Reactor(session, project);
        return !skip && reactor.runsHere() && Files.isRegularFile(planFile(reactor));
    }
}
