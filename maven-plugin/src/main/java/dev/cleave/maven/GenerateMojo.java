package dev.cleave.maven;

import dev.cleave.codegen.GenerationException;
import dev.cleave.codegen.GenerationResult;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.pipeline.Stages;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.nio.file.Path;

/**
 * Generates one Spring Boot project per planned service (plus gateway, deployment files and an aggregator pom) into
 * {@code target/cleave/generated}, with the build's compile classpath. Regenerating over its own output changes
 * nothing.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class GenerateMojo extends CleaveMojo {
    /** The plan. Default: {@code cleave-plan.json} of the top-level project, else {@code target/cleave/plan.json}. */
    @Parameter(property = "cleave.plan")
    File plan;

    /** Where the services go. Default: {@code target/cleave/generated}. */
    @Parameter(property = "cleave.generatedDirectory")
    File generatedDirectory;

    /**
     * Generate even when services call each other inside a transaction on PostgreSQL or Oracle, whose transactions
     * cannot read each other's uncommitted rows (refused otherwise, with the list of those calls).
     */
    @Parameter(property = "cleave.acceptSplitTransactions", defaultValue = "false")
    boolean acceptSplitTransactions;

    @Override
    void run(Reactor reactor) {
        Path planFile = plan != null ? plan.toPath() : defaultPlan(reactor);
        Plan read = PlanJson.read(planFile);
        Path out = generatedDirectory != null ? generatedDirectory.toPath()
                : outputDirectory(reactor).resolve("generated");
        GenerationResult result;
        try {
            result = Stages.generate(() -> graph(reactor), read, reactor.root(), out, reactor.compileClasspath(),
                    acceptSplitTransactions);
        } catch (GenerationException e) {
            throw new IllegalArgumentException(e.getMessage() + " (plan " + planFile + ", set with <plan>)", e);
        }
        result.warnings().forEach(w -> getLog().warn("Cleave: " + w));
        getLog().info("Cleave: generated " + read.services().size() + " services into " + out + " ("
                + result.written().size() + " files written, " + result.unchanged() + " unchanged, "
                + result.deleted().size() + " deleted)");
    }
}
