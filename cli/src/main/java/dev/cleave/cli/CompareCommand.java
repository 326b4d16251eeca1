package dev.cleave.cli;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.pipeline.Stages;
import dev.cleave.splitter.PackageBaseline;
import dev.cleave.splitter.PlanComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code cleave compare}: MoJoFM and a per-class diff of a plan against a reference plan. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares a plan with a reference decomposition: MoJoFM and the classes placed differently.")
final class CompareCommand implements Callable<Integer> {
    private static final int LISTED = 40;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<plan.json>", description = "The candidate plan.")
    Path planFile;

    @Parameters(index = "1", paramLabel = "<reference.json>", description = "The reference plan (e.g. expected.json).")
    Path referenceFile;

    @Option(names = "--all", description = "List every class placed differently (default: the first " + LISTED + ").")
    boolean all;

    @Override
    public Integer call() {
        Plan plan = PlanJson.read(planFile);
        Plan reference = PlanJson.read(referenceFile);
        PlanComparison c = Stages.compare(plan, reference);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "MoJoFM %.1f  (%d moves + %d joins over %d classes in both plans)%n",
                c.mojoFm(), c.moves(), c.joins(), c.common());
        PackageBaseline baseline = Stages.packageBaseline(plan, reference);
        out.printf(Locale.ROOT, "Package baseline: MoJoFM %.1f  (one service per package %d level%s below the root"
                + " package, %d services; the plan adds %+.1f)%n", baseline.mojoFm(), baseline.depth(),
                baseline.depth() == 1 ? "" : "s", baseline.plan().services().size(), c.mojoFm() - baseline.mojoFm());
        out.println("Services (candidate -> reference):");
        c.correspondence().forEach((from, to) -> out.printf(Locale.ROOT, "  %-24s -> %s%n", from, to));
        if (!c.differences().isEmpty()) {
            out.println("Placed differently (class: candidate / reference):");
            c.differences().stream().limit(all ? Long.MAX_VALUE : LISTED).forEach(d -> out.printf(Locale.ROOT,
                    "  %s: %s / %s%n", d.className(), d.candidateService(), d.referenceService()));
            if (!all && c.differences().size() > LISTED) {
                out.println("  ... " + (c.differences().size() - LISTED) + " more (--all lists them)");
            }
        }
        if (!c.onlyInCandidate().isEmpty() || !c.onlyInReference().isEmpty()) {
            out.printf(Locale.ROOT, "Only in the plan: %d classes; only in the reference: %d classes%n",
                    c.onlyInCandidate().size(), c.onlyInReference().size());
        }
        out.flush();
        return 0;
    }
}
