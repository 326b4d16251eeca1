package dev.cleave.maven;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.PlanMetrics;
import dev.cleave.model.Wiring;
import dev.cleave.pipeline.ReadinessReport;
import dev.cleave.pipeline.Stages;
import dev.cleave.splitter.SplitOptions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/** Proposes services for the build's code and writes the plan to {@code target/cleave/plan.json}. */
@Mojo(name = "split", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class SplitMojo extends CleaveMojo {
    /** Number of services; 0 chooses automatically. */
    @Parameter(property = "cleave.services", defaultValue = SplitOptions.AUTOMATIC_TEXT)
    int services;

    /** Fewest and most services when choosing automatically (0 = no bound). */
    @Parameter(property = "cleave.minServices", defaultValue = SplitOptions.AUTOMATIC_TEXT)
    int minServices;

    @Parameter(property = "cleave.maxServices", defaultValue = SplitOptions.AUTOMATIC_TEXT)
    int maxServices;

    /** Random seed of the clustering. */
    @Parameter(property = "cleave.seed", defaultValue = SplitOptions.DEFAULT_SEED_TEXT)
    long seed;

    /** Clustering resolution; higher gives smaller services. */
    @Parameter(property = "cleave.resolution", defaultValue = SplitOptions.DEFAULT_RESOLUTION_TEXT)
    double resolution;

    /**
     * A plan whose pins, keep-together and keep-apart constraints are kept, for example the committed plan, with its
     * wiring's local/remote switches where their edge stays.
     */
    @Parameter(property = "cleave.constraintsFrom")
    File constraintsFrom;

    /** Whether to check that the plan can be generated and log what each service will be made of. */
    @Parameter(property = "cleave.readiness", defaultValue = "true")
    boolean readiness;

    @Override
    void run(Reactor reactor) {
        SplitOptions options = SplitOptions.defaults().withSeed(seed).withServices(services)
                .withServiceRange(minServices, maxServices).withResolution(resolution);
        Plan previous = constraintsFrom == null ? null : PlanJson.read(constraintsFrom.toPath());
        if (previous != null) {
            options = options.withConstraints(previous.constraints()).withPrevious(previous);
        }
        CodeGraph graph = graph(reactor);
        Plan plan = Stages.split(graph, options);
        if (previous != null) {
            plan = plan.withWiring(Wiring.keepSwitches(previous.wiring(), plan.wiring()));
        }
        Path file = outputDirectory(reactor).resolve("plan.json");
        PlanJson.write(plan, file);
        PlanMetrics m = Stages.metrics(graph, plan);
        getLog().info(String.format(Locale.ROOT, "Cleave: %d services, SM %.3f, ICP %.3f, IFN %.2f, NED %.3f",
                m.services(), m.sm(), m.icp(), m.ifn(), m.ned()));
        getLog().info("Cleave: wrote " + file + "; review it and commit it as cleave-plan.json for the check goal");
        if (readiness) {
            ReadinessReport.render(Stages.readiness(graph, plan, reactor.root(), reactor.compileClasspath())).lines()
                    .forEach(line -> getLog().info("Cleave: " + line.strip()));
        }
    }
}
