package dev.cleave.cli;

import dev.cleave.analyzer.ProgressListener;
import dev.cleave.codegen.GenerationResult;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.pipeline.Stages;
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

/** {@code cleave generate}: writes one runnable service project per planned service, a gateway and deploy files. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates the services of a plan: Maven projects, clients and facades, gateway, Jib,"
                + " Kubernetes and compose files.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<dir>",
            description = "The monolith's folder. Default: the bundled sample.")
    Path dir;

    @Option(names = "--plan", required = true, paramLabel = "<plan.json>", description = "The plan to generate.")
    Path planFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<dir>",
            description = "Output folder: new, or an earlier output of Cleave (never a folder with other files).")
    Path output;

    @Option(names = "--accept-split-transactions", description = "Generate even when services call each other inside a"
            + " transaction on PostgreSQL or Oracle, whose transactions cannot read each other's uncommitted rows"
            + " (refused otherwise, with the list of those calls).")
    boolean acceptSplitTransactions;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path monolith = dir != null ? dir : BundledSample.locate();
        if (!Files.isDirectory(monolith)) {
            throw new IllegalArgumentException(monolith + " is not a folder: give the monolith's project folder");
        }
        Plan plan = PlanJson.read(planFile);
        GenerationResult result = Stages.generate(
                () -> Stages.graph(monolith, analysis.toOptions(monolith).withGitCommits(0),
                        AnalysisOptions.printingCache(ProgressListener.NONE, spec.commandLine().getErr())),
                plan, monolith, output,
                analysis.toOptions(monolith).classpath(), acceptSplitTransactions);
        out.printf("Generated %d services into %s: %d files written, %d deleted, %d unchanged%n",
                plan.services().size(), result.outputDir(), result.written().size(), result.deleted().size(),
                result.unchanged());
        out.println("Build it with: mvn -f " + result.outputDir().resolve("pom.xml") + " package");
        out.flush();
        return 0;
    }
}
