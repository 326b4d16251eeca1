package dev.cleave.pipeline;

import dev.cleave.analyzer.Analyzer;
import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.codegen.GenerateOptions;
import dev.cleave.codegen.GenerationResult;
import dev.cleave.codegen.Generator;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphJson;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.splitter.MoJoFM;
import dev.cleave.splitter.PlanComparison;
import dev.cleave.splitter.PlanScorer;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The stages as every shell runs them, so that an option means the same in the CLI, the Maven plugin and the
 * wizard.
 */
public final class Stages {
    private static final String WEIGHT_PREFIX = "weight.";

    private Stages() {
    }

    /**
     * The graph of an input: a {@code graph.json} file is read, a folder is analyzed.
     *
     * @throws dev.cleave.analyzer.AnalyzerException     when the folder cannot be analyzed
     * @throws dev.cleave.model.ModelFormatException when the file is not a graph of this schema version
     */
    public static CodeGraph graph(Path input, AnalyzerOptions options, ProgressListener progress) {
        if (Files.isRegularFile(input)) {
            return GraphJson.read(input);
        }
        return Analyzer.analyze(options, progress);
    }

    /** {@code sha256:<hex>} of the graph's canonical JSON: equal graphs have equal fingerprints. */
    public static String fingerprint(CodeGraph graph) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(GraphJson.toJson(graph).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Splits the graph and records which graph the plan was made from. */
    public static Plan split(CodeGraph graph, SplitOptions options) {
        Plan plan = Splitter.split(graph, options);
        return new Plan(plan.schemaVersion(), fingerprint(graph), plan.algorithm(), plan.metrics(), plan.services(),
                plan.shared(), plan.unassigned(), plan.wiring(), plan.constraints());
    }

    /** Scores a plan with the edge weights it was made with (the defaults for a hand-written plan). */
    public static PlanMetrics metrics(CodeGraph graph, Plan plan) {
        return PlanScorer.score(graph, plan, edgeWeights(plan));
    }

    public static PlanComparison compare(Plan candidate, Plan reference) {
        return MoJoFM.compare(candidate, reference);
    }

    /**
     * The package baseline of the candidate's classes (services, shared and unassigned) at the depth that agrees best
     * with the reference: what the package names alone would give.
     */
    public static dev.cleave.splitter.PackageBaseline packageBaseline(Plan candidate, Plan reference) {
        java.util.List<String> classes = new java.util.ArrayList<>(candidate.shared());
        candidate.services().forEach(s -> classes.addAll(s.classes()));
        classes.addAll(candidate.unassigned());
        return dev.cleave.splitter.PackageBaseline.best(classes, reference);
    }

    /**
     * Generates the services of a plan from the monolith's sources.
     *
     * @param classpath the monolith's dependency jars; empty = ask Maven ({@link MonolithClasspath})
     * @throws dev.cleave.codegen.GenerationException when the plan does not fit the sources or the output folder
     *                                                holds files Cleave did not write
     */
    public static GenerationResult generate(CodeGraph graph, Plan plan, Path monolithRoot, Path outputDir,
                                            java.util.List<Path> classpath) {
        return generate(graph, plan, monolithRoot, outputDir, classpath, false);
    }

    /**
     * As {@link #generate(CodeGraph, Plan, Path, Path, java.util.List)}, accepting or not calls between services inside
     * a transaction on a database without dirty reads ({@link GenerateOptions#acceptSplitTransactions}).
     */
    public static GenerationResult generate(CodeGraph graph, Plan plan, Path monolithRoot, Path outputDir,
                                            java.util.List<Path> classpath, boolean acceptSplitTransactions) {
        refuseUngeneratable(monolithRoot);
        java.util.List<Path> jars = classpath.isEmpty() ? MonolithClasspath.resolve(monolithRoot) : classpath;
        return Generator.generate(graph, plan, GenerateOptions.of(monolithRoot, outputDir).withClasspath(jars)
                .withSplitTransactionsAccepted(acceptSplitTransactions));
    }

    /**
     * As {@link #generate(CodeGraph, Plan, Path, Path, java.util.List, boolean)}, with the graph made only for a
     * monolith Cleave can generate: one with no supported entry point ({@link Generator#refusalBeforeParsing}) is
     * refused before the graph is asked for (an analysis of the whole monolith, for a folder), before Maven resolves
     * its classpath and before its sources are parsed.
     *
     * @param graph called at most once, after that check
     */
    public static GenerationResult generate(java.util.function.Supplier<CodeGraph> graph, Plan plan, Path monolithRoot,
                                            Path outputDir, java.util.List<Path> classpath,
                                            boolean acceptSplitTransactions) {
        refuseUngeneratable(monolithRoot);
        return generate(graph.get(), plan, monolithRoot, outputDir, classpath, acceptSplitTransactions);
    }

    private static void refuseUngeneratable(Path monolithRoot) {
        String refusal = Generator.refusalBeforeParsing(monolithRoot);
        if (refusal != null) {
            throw new dev.cleave.codegen.GenerationException(refusal);
        }
    }

    /**
     * Whether the plan can be generated from the monolith's sources, and what each service will be made of, without
     * writing anything: the check the CLI prints after {@code split}, the plugin logs and the wizard shows on the
     * proposal.
     *
     * @param classpath the monolith's dependency jars; empty = ask Maven ({@link MonolithClasspath})
     * @throws IllegalArgumentException when the classpath cannot be resolved (the message says how to pass it)
     */
    public static dev.cleave.codegen.GenerationCheck readiness(CodeGraph graph, Plan plan, Path monolithRoot,
                                                               java.util.List<Path> classpath) {
        return readiness(graph, plan, monolithRoot, classpath, true);
    }

    /**
     * As {@link #readiness(CodeGraph, Plan, Path, java.util.List)}; with {@code askMaven} false an empty classpath
     * stays empty (Maven is not run on the monolith's pom, say for an uploaded project): methods inherited from
     * library types are then unknown, and a plan that calls them remotely is refused naming the missing jars.
     */
    public static dev.cleave.codegen.GenerationCheck readiness(CodeGraph graph, Plan plan, Path monolithRoot,
                                                               java.util.List<Path> classpath, boolean askMaven) {
        String refusal = Generator.refusalBeforeParsing(monolithRoot);
        if (refusal != null) {
            return new dev.cleave.codegen.GenerationCheck(refusal, java.util.List.of(), java.util.List.of());
        }
        java.util.List<Path> jars = classpath.isEmpty() && askMaven ? MonolithClasspath.resolve(monolithRoot)
                : classpath;
        Path nowhere = Path.of(System.getProperty("java.io.tmpdir"), "cleave-readiness-writes-nothing");
        return Generator.check(graph, plan, GenerateOptions.of(monolithRoot, nowhere).withClasspath(jars));
    }

    /** The edge-kind weights recorded in a plan's algorithm parameters, or the splitter's defaults. */
    public static Map<EdgeKind, Double> edgeWeights(Plan plan) {
        if (plan.algorithm() == null || plan.algorithm().parameters().keySet().stream()
                .noneMatch(k -> k.startsWith(WEIGHT_PREFIX))) {
            return SplitOptions.DEFAULT_EDGE_WEIGHTS;
        }
        Map<EdgeKind, Double> weights = new EnumMap<>(EdgeKind.class);
        for (EdgeKind kind : EdgeKind.values()) {
            Double w = plan.algorithm().parameters().get(WEIGHT_PREFIX + kind.toString().toLowerCase(Locale.ROOT));
            if (w != null) {
                weights.put(kind, w);
            }
        }
        return weights;
    }
}
