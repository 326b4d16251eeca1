package dev.cleave.cli;

import dev.cleave.analyzer.ProgressListener;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code cleave metrics}: scores a plan against the graph of its project. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Scores a plan (SM, ICP, IFN, NED, Q, table ownership) against its project's graph.")
final class MetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<plan.json>", description = "The plan to score.")
    Path planFile;

    @Option(names = "--graph", paramLabel = "<graph.json|dir>",
            description = "The project's graph.json or folder. Default: graph.json beside the plan.")
    Path graphInput;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Override
    public Integer call() {
        Plan plan = PlanJson.read(planFile);
        Path source = graphInput != null ? graphInput
                : planFile.toAbsolutePath().getParent().resolve("graph.json");
        if (!Files.exists(source)) {
            throw new IllegalArgumentException(source + " does not exist: give the project's graph.json or folder"
                    + " with --graph");
        }
        CodeGraph graph = Stages.graph(source, analysis.toOptions(source),
                AnalysisOptions.printingCache(ProgressListener.NONE, spec.commandLine().getErr()));
        java.util.List<String> placed = new java.util.ArrayList<>(plan.shared());
        plan.services().forEach(s -> placed.addAll(s.classes()));
        long known = placed.stream().filter(c -> graph.node(c) != null).count();
        if (!placed.isEmpty() && known == 0) {
            throw new IllegalArgumentException("none of the " + placed.size() + " classes of " + planFile
                    + " is in the graph of " + source + " (" + graph.nodes().size() + " classes): the plan was made"
                    + " for another project; give that project's graph.json or folder with --graph");
        }
        if (known < placed.size()) {
            spec.commandLine().getErr().printf(java.util.Locale.ROOT, "cleave: %d of the plan's %d classes are not in"
                    + " the graph (renamed or deleted since the plan was made); they count in no metric%n",
                    placed.size() - known, placed.size());
        }
        spec.commandLine().getOut().print(PlanReport.render(graph, plan, Stages.metrics(graph, plan)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
