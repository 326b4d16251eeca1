package dev.cleave.bench.split;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphJson;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.PlanMetrics;
import dev.cleave.model.Service;
import dev.cleave.splitter.MoJoFM;
import dev.cleave.splitter.PlanScorer;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import dev.cleave.splitter.WhatIf;
import dev.cleave.splitter.internal.WeightedGraph;
import dev.cleave.splitter.internal.cluster.ClusterGraph;
import dev.cleave.splitter.internal.cluster.Leiden;
import dev.cleave.splitter.synthetic.SyntheticMonolith;
import dev.cleave.splitter.synthetic.SyntheticSpec;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Runs one contender once, in the JVM {@link SplitBench} forked for it, and writes what it measured to a properties
 * file. Nothing is warmed up before the timed part of a split contender: each is a single cold shot, as a user
 * runs it. Reading the graph and computing MoJoFM are not timed.
 *
 * <p>Arguments: {@code <contender> <graph.json> <planted.json> <outcome.properties>} for {@code cleave-split},
 * {@code cleave-leiden} and {@code jgrapht-lpa}; {@code whatif <classes> <noise> <seed> <moves> <outcome>} for the
 * what-if benchmark.
 */
public final class SplitFork {
    static final long SEED = 42;
    static final Map<EdgeKind, Double> WEIGHTS = SplitOptions.DEFAULT_EDGE_WEIGHTS;

    private SplitFork() {
    }

    public static void main(String[] args) throws IOException {
        Properties out = new Properties();
        out.setProperty("contender", args[0]);
        out.setProperty("loadBefore", load());
        Path outcome;
        if (args[0].equals("whatif")) {
            outcome = Path.of(args[5]);
            whatIf(SyntheticSpec.of(Integer.parseInt(args[1]), Double.parseDouble(args[2]), Long.parseLong(args[3])),
                    Integer.parseInt(args[4]), out);
        } else {
            outcome = Path.of(args[3]);
            long t0 = System.nanoTime();
            CodeGraph graph = GraphJson.read(Path.of(args[1]));
            Plan planted = PlanJson.read(Path.of(args[2]));
            out.setProperty("readNanos", Long.toString(System.nanoTime() - t0));
            System.gc();
            split(args[0], graph, planted, out);
        }
        out.setProperty("loadAfter", load());
        try (OutputStream stream = Files.newOutputStream(outcome)) {
            out.store(stream, null);
        }
    }

    private static void split(String contender, CodeGraph graph, Plan planted, Properties out) {
        long gc0 = Host.gcMillis();
        long t0 = System.nanoTime();
        long built;
        long end;
        Plan result;
        switch (contender) {
            case "cleave-split" -> {
                result = Splitter.split(graph, SplitOptions.defaults());
                end = System.nanoTime();
                built = t0;
            }
            case "cleave-leiden" -> {
                ClusterGraph g = ClusterGraph.of(WeightedGraph.of(graph, WEIGHTS), null);
                built = System.nanoTime();
                int[] community = new Leiden(SplitOptions.defaults().resolution(), SEED).cluster(g);
                end = System.nanoTime();
                result = communities(graph, community); // the harness's bookkeeping, not timed
            }
            case "jgrapht-lpa" -> {
                SimpleWeightedGraph<String, DefaultWeightedEdge> g = jgrapht(graph);
                built = System.nanoTime();
                ClusteringAlgorithm.Clustering<String> clustering =
                        new LabelPropagationClustering<>(g, new Random(SEED)).getClustering();
                end = System.nanoTime();
                result = clusters(clustering.getClusters());
                out.setProperty("graphEdges", Integer.toString(g.edgeSet().size()));
            }
            default -> throw new IllegalArgumentException("unknown contender " + contender);
        }
        out.setProperty("gcMillis", Long.toString(Host.gcMillis() - gc0));
        out.setProperty("wallNanos", Long.toString(end - t0));
        out.setProperty("buildNanos", Long.toString(built - t0));
        out.setProperty("clusterNanos", Long.toString(end - built));
        out.setProperty("clusters", Integer.toString(result.services().size()));
        out.setProperty("largest", Integer.toString(result.services().stream().mapToInt(s -> s.classes().size())
                .max().orElse(0)));
        out.setProperty("shared", Integer.toString(result.shared().size()));
        out.setProperty("unassigned", Integer.toString(result.unassigned().size()));
        out.setProperty("classes", Integer.toString(graph.nodes().size()));
        out.setProperty("edges", Integer.toString(graph.edges().size()));
        out.setProperty("mojoFm", Double.toString(MoJoFM.of(result, planted)));
        out.setProperty("planted", Integer.toString(planted.services().size()));
    }

    /** The graph Cleave's Leiden clusters, in JGraphT: the same kind-weighted pairs, weights summed, no loops. */
    static SimpleWeightedGraph<String, DefaultWeightedEdge> jgrapht(CodeGraph graph) {
        SimpleWeightedGraph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (Node node : graph.nodes()) {
            g.addVertex(node.id());
        }
        for (Edge edge : graph.edges()) {
            double w = WEIGHTS.getOrDefault(edge.kind(), 0.0) * edge.weight();
            if (w <= 0 || edge.from().equals(edge.to())) {
                continue;
            }
            DefaultWeightedEdge e = g.getEdge(edge.from(), edge.to());
            if (e == null) {
                g.setEdgeWeight(g.addEdge(edge.from(), edge.to()), w);
            } else {
                g.setEdgeWeight(e, g.getEdgeWeight(e) + w);
            }
        }
        return g;
    }

    private static Plan communities(CodeGraph graph, int[] community) {
        List<List<String>> members = new ArrayList<>();
        for (int v = 0; v < community.length; v++) {
            while (members.size() <= community[v]) {
                members.add(new ArrayList<>());
            }
            members.get(community[v]).add(graph.nodes().get(v).id());
        }
        return clusters(members);
    }

    private static Plan clusters(List<? extends java.util.Collection<String>> clusters) {
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            services.add(Service.of("c-" + i, List.copyOf(clusters.get(i))));
        }
        return Plan.of(services, List.of());
    }

    /**
     * On the default split of a generated monolith: one class moved to another service and back, {@code moves}
     * times; 50 classes moved to one service and the move undone, {@code moves / 5} times; then the baseline, a
     * full {@link PlanScorer#score} of the moved plan, fewer times. Classes and targets are drawn from a seeded
     * random sequence; the first {@code moves / 5} one-class round trips are a warm-up whose times are dropped, but
     * the first move the JVM ever makes is reported on its own.
     */
    private static void whatIf(SyntheticSpec spec, int moves, Properties out) {
        SyntheticMonolith.Generated generated = SyntheticMonolith.generate(spec);
        CodeGraph graph = generated.graph();
        Plan plan = Splitter.split(graph, SplitOptions.defaults());
        out.setProperty("classes", Integer.toString(graph.nodes().size()));
        out.setProperty("edges", Integer.toString(graph.edges().size()));
        out.setProperty("services", Integer.toString(plan.services().size()));
        out.setProperty("inServices", Integer.toString(plan.metrics().classes()));
        List<String> names = plan.services().stream().map(Service::name).toList();
        List<String[]> placed = new ArrayList<>(); // {class, service}
        plan.services().forEach(s -> s.classes().forEach(c -> placed.add(new String[] {c, s.name()})));
        SplittableRandom random = new SplittableRandom(SEED);
        System.gc();

        long t0 = System.nanoTime();
        WhatIf whatIf = new WhatIf(graph, plan, WEIGHTS);
        long t1 = System.nanoTime();
        out.setProperty("constructNanos", Long.toString(t1 - t0));

        int warmup = moves / 5;
        long[] there = new long[moves];
        long[] back = new long[moves];
        for (int i = -warmup; i < moves; i++) {
            String[] pick = placed.get(random.nextInt(placed.size()));
            String target = other(names, pick[1], random);
            long a = System.nanoTime();
            whatIf.move(List.of(pick[0]), target);
            long b = System.nanoTime();
            whatIf.move(List.of(pick[0]), pick[1]);
            long c = System.nanoTime();
            if (i == -warmup) {
                out.setProperty("firstMoveNanos", Long.toString(b - a));
            }
            if (i >= 0) {
                there[i] = b - a;
                back[i] = c - b;
            }
        }
        out.setProperty("move1", Samples.format(there));
        out.setProperty("back1", Samples.format(back));

        int bulk = moves / 5;
        long[] move50 = new long[bulk];
        long[] undo50 = new long[bulk];
        for (int i = -bulk / 5; i < bulk; i++) {
            List<String> group = group(placed, random);
            String target = names.get(random.nextInt(names.size()));
            long a = System.nanoTime();
            whatIf.move(group, target);
            long b = System.nanoTime();
            whatIf.undo();
            long c = System.nanoTime();
            if (i >= 0) {
                move50[i] = b - a;
                undo50[i] = c - b;
            }
        }
        out.setProperty("move50", Samples.format(move50));
        out.setProperty("undo50", Samples.format(undo50));

        int full = Math.max(10, moves / 50);
        long[] score1 = new long[full];
        long[] score50 = new long[full];
        long[] rebuild = new long[full];
        int mismatches = 0;
        for (int i = -full / 5; i < full; i++) {
            String[] pick = placed.get(random.nextInt(placed.size()));
            whatIf.move(List.of(pick[0]), other(names, pick[1], random));
            long a = System.nanoTime();
            Plan moved = whatIf.plan();
            long b = System.nanoTime();
            PlanMetrics scored = PlanScorer.score(graph, moved, WEIGHTS);
            long c = System.nanoTime();
            mismatches += same(scored, whatIf.metrics()) ? 0 : 1;
            whatIf.undo();
            List<String> group = group(placed, random);
            whatIf.move(group, names.get(random.nextInt(names.size())));
            Plan moved50 = whatIf.plan();
            long d = System.nanoTime();
            PlanMetrics scored50 = PlanScorer.score(graph, moved50, WEIGHTS);
            long e = System.nanoTime();
            mismatches += same(scored50, whatIf.metrics()) ? 0 : 1;
            whatIf.undo();
            if (i >= 0) {
                rebuild[i] = b - a;
                score1[i] = c - b;
                score50[i] = e - d;
            }
        }
        out.setProperty("rebuild", Samples.format(rebuild));
        out.setProperty("score1", Samples.format(score1));
        out.setProperty("score50", Samples.format(score50));
        out.setProperty("mismatches", Integer.toString(mismatches));
        out.setProperty("checked", Integer.toString(2 * (full + full / 5)));
        Reference.reachabilityFence(whatIf);
    }

    private static List<String> group(List<String[]> placed, SplittableRandom random) {
        Set<String> group = new java.util.LinkedHashSet<>();
        while (group.size() < 50) {
            group.add(placed.get(random.nextInt(placed.size()))[0]);
        }
        return List.copyOf(group);
    }

    private static String other(List<String> names, String current, SplittableRandom random) {
        String target;
        do {
            target = names.get(random.nextInt(names.size()));
        } while (target.equals(current));
        return target;
    }

    /** Integers exactly, shares and Q up to floating-point summation order. */
    private static boolean same(PlanMetrics a, PlanMetrics b) {
        return a.services() == b.services() && a.classes() == b.classes() && a.crossEdges() == b.crossEdges()
                && a.remoteOps() == b.remoteOps() && a.crossTransactionalCalls() == b.crossTransactionalCalls()
                && close(a.sm(), b.sm()) && close(a.icp(), b.icp())
                && close(a.ifn(), b.ifn()) && close(a.ned(), b.ned()) && close(a.modularity(), b.modularity())
                && close(a.tableOwnership(), b.tableOwnership());
    }

    private static boolean close(double x, double y) {
        return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", Host.load());
    }
}
