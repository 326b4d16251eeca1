package dev.cleave.codegen;

import dev.cleave.codegen.internal.OutputWriter;
import dev.cleave.codegen.internal.PlanValidator;
import dev.cleave.codegen.internal.Setup;
import dev.cleave.codegen.internal.emit.SystemEmitter;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import java.util.List;
import java.util.Objects;

/**
 * Generates one runnable Spring Boot project per planned service, a shared library, the shared database, a gateway
 * that keeps the monolith's URLs, an aggregator pom, a Jib image configuration per runnable module, Kubernetes
 * manifests and a compose file. Output is deterministic; a second run over its own output
 * writes nothing.
 */
public final class Generator {
    /** Name of the file that marks a directory as Cleave's output. */
    public static final String MARKER = ".cleave-generated";

    private Generator() {
    }

    /**
     * @param graph   the analyzer's graph of the monolith; may be null (the generator reads the sources itself)
     * @param plan    which classes go where
     * @param options where the monolith is and where to write
     * @throws GenerationException on bad input (unknown classes, overlapping services, unusable output directory),
     *                             before anything is written
     */
    public static GenerationResult generate(CodeGraph graph, Plan plan, GenerateOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        OutputWriter writer = new OutputWriter(options.outputDir(), MARKER);
        writer.check();
        try {
            var context = Setup.context(plan, options);
            PlanValidator.check(plan, context.facts().monolith().types().keySet());
            var tree = SystemEmitter.emit(context, context.poms().deploy());
            return writer.write(tree.files(), context.warnings().stream().sorted().toList());
        } finally {
            releaseParserCaches();
        }
    }

    /**
     * JavaParser's symbol solver keeps a facade per type solver in a static map, and with it every parsed monolith:
     * about 150 MiB per generation of a 100k-line monolith stayed in a long-lived JVM (the wizard generates and checks
     * again and again). Dropping them after each run frees that; a run in progress elsewhere only makes them again.
     */
    private static void releaseParserCaches() {
        com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade.clearInstances();
    }

    /**
     * Why the monolith cannot be generated at all, found without parsing it (no Spring Boot application, no sources),
     * or null. Cheap: callers ask it before resolving the monolith's classpath.
     */
    public static String refusalBeforeParsing(java.nio.file.Path monolithRoot) {
        try {
            dev.cleave.codegen.internal.source.Monolith.requireSpringBoot(monolithRoot);
            return null;
        } catch (GenerationException e) {
            return e.getMessage();
        }
    }

    /**
     * What generating the plan would give, without writing anything: the refusal with its reason, or each service's
     * make-up and the warnings a generation would print. Does all the work of a generation but the writing.
     *
     * @param graph   as for {@link #generate}
     */
    public static GenerationCheck check(CodeGraph graph, Plan plan, GenerateOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        try {
            var context = Setup.context(plan, options);
            PlanValidator.check(plan, context.facts().monolith().types().keySet());
            SystemEmitter.emit(context, context.poms().deploy());
            var services = context.services().stream().map(s -> new GenerationCheck.ServiceSummary(s.name(),
                    s.own().size(), s.copies().size(), List.copyOf(s.peers()), s.facade().size(),
                    List.copyOf(s.sharedTables().keySet()))).toList();
            return new GenerationCheck(null, services, context.warnings().stream().sorted().distinct().toList());
        } catch (GenerationException e) {
            return new GenerationCheck(e.getMessage(), List.of(), List.of());
        } finally {
            releaseParserCaches();
        }
    }
}
