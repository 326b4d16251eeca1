package dev.cleave.cli;

import dev.cleave.analyzer.ProgressListener;
import dev.cleave.model.AtomicFiles;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Wiring;
import dev.cleave.pipeline.ReadinessReport;
import dev.cleave.pipeline.Stages;
import dev.cleave.splitter.SplitOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code cleave split}: proposes services for a project (or its graph.json) and writes plan.json. */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Proposes services for a project or a graph.json and writes the plan (plan.json).")
final class SplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<dir|graph.json>",
            description = "A project folder (analyzed first) or a graph.json. Default: the bundled sample.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", defaultValue = "plan.json",
            description = "Where to write the plan. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--services", paramLabel = "<K>", defaultValue = SplitOptions.AUTOMATIC_TEXT,
            description = "Number of services; 0 chooses automatically. Default: ${DEFAULT-VALUE}.")
    int services;

    @Option(names = "--min-services", paramLabel = "<n>", defaultValue = SplitOptions.AUTOMATIC_TEXT,
            description = "Fewest services when choosing automatically.")
    int minServices;

    @Option(names = "--max-services", paramLabel = "<n>", defaultValue = SplitOptions.AUTOMATIC_TEXT,
            description = "Most services when choosing automatically.")
    int maxServices;

    @Option(names = "--seed", paramLabel = "<n>", defaultValue = SplitOptions.DEFAULT_SEED_TEXT,
            description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--resolution", paramLabel = "<g>", defaultValue = SplitOptions.DEFAULT_RESOLUTION_TEXT,
            description = "Clustering resolution; higher gives smaller services. Default: ${DEFAULT-VALUE}.")
    double resolution;

    @Option(names = "--constraints-from", paramLabel = "<plan.json>",
            description = "Keep the pins, keep-together and keep-apart constraints of this plan, its service names"
                    + " (by overlap), and its wiring's local/remote switches where their edge stays.")
    Path constraintsFrom;

    @Option(names = "--no-readiness", description = "Do not check whether the plan can be generated (the check"
            + " parses the sources again and may ask Maven for the monolith's dependency jars).")
    boolean noReadiness;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path source = input != null ? input : BundledSample.locate();
        SplitOptions options = SplitOptions.defaults().withSeed(seed).withServices(services)
                .withServiceRange(minServices, maxServices).withResolution(resolution);
        Plan previous = constraintsFrom == null ? null : PlanJson.read(constraintsFrom);
        if (previous != null) {
            options = options.withConstraints(previous.constraints()).withPrevious(previous);
        }
        if (!Files.exists(source)) {
            throw new IllegalArgumentException(source + " does not exist: give a project folder or a graph.json");
        }
        if (Files.isRegularFile(source) && sameFile(source, output)) {
            throw new IllegalArgumentException("-o " + output + " is the graph being split: it would be replaced by the"
                    + " plan; give another file with -o (for example plan.json)");
        }
        AtomicFiles.requireRegularTarget(output);
        ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), System.console() != null);
        CodeGraph graph = Stages.graph(source, analysis.toOptions(source),
                Files.isRegularFile(source) ? ProgressListener.NONE
                        : AnalysisOptions.printingCache(progress, spec.commandLine().getErr()));
        progress.finish();
        Plan plan = Stages.split(graph, options);
        if (previous != null) {
            plan = plan.withWiring(Wiring.keepSwitches(previous.wiring(), plan.wiring()));
        }
        OutputFiles.write(output, PlanJson.toJson(plan));
        out.print(PlanReport.render(graph, plan, Stages.metrics(graph, plan)));
        out.println("Wrote " + output);
        if (Files.isDirectory(source) && !noReadiness) {
            try {
                out.print(ReadinessReport.render(Stages.readiness(graph, plan, source,
                        analysis.toOptions(source).classpath())));
            } catch (IllegalArgumentException e) {
                out.println("Generation: not checked: " + e.getMessage());
            }
        }
        out.flush();
        return 0;
    }
}
