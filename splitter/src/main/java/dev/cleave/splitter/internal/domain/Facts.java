package dev.cleave.splitter.internal.domain;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;
import dev.cleave.splitter.internal.GraphIndex;
import dev.cleave.splitter.internal.WeightedGraph;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

/**
 * The graph as the domain rules read it: nodes by vertex number (id order, as in {@link WeightedGraph}), the
 * weighted undirected view without table edges, and the distinct classes each class depends on and is depended on by (structural edge
 * kinds with a positive weight; co-change excluded, since it says nothing about who uses whom).
 */
public final class Facts {
    private final GraphIndex index;
    private final CodeGraph graph;
    private final WeightedGraph weighted;
    private final double tableWeight;
    private final int[][] uses;
    private final int[][] usedBy;
    /** Per class, the distinct classes whose code refers to it (no table or co-change link). */
    private final int[] codeDependents;
    private Supplier<Anchors> anchorsSource;
    private Anchors anchors;
    private String[] rowTables;

    public Facts(CodeGraph graph, Map<EdgeKind, Double> weights) {
        this(GraphIndex.of(graph), weights);
    }

    /** As {@link #Facts(CodeGraph, Map)}, on a graph whose edge ends are already looked up. */
    public Facts(GraphIndex index, Map<EdgeKind, Double> weights) {
        this(index, weights, null);
    }

    /**
     * @param anchors gives the {@link #anchors()} of the graph's nodes, computed elsewhere (on another core); null to
     *                compute them on first use
     */
    public Facts(GraphIndex index, Map<EdgeKind, Double> weights, Supplier<Anchors> anchors) {
        this.anchorsSource = anchors;
        this.index = index;
        this.graph = index.graph();
        java.util.EnumMap<EdgeKind, Double> withoutTables = new java.util.EnumMap<>(EdgeKind.class);
        withoutTables.putAll(weights);
        withoutTables.remove(EdgeKind.TABLE);
        // the weighted view and the dependency rows are independent: the view is built on another core
        ForkJoinTask<WeightedGraph> view = ForkJoinTask.adapt(() -> WeightedGraph.of(index, withoutTables)).fork();
        this.tableWeight = weights.getOrDefault(EdgeKind.TABLE, 0.0);
        int n = index.vertexCount();
        long[] pairs = new long[index.edgeCount()];
        long[] codePairs = new long[index.edgeCount()];
        int count = 0;
        int codeCount = 0;
        for (int e = 0; e < pairs.length; e++) {
            int a = index.from(e);
            int b = index.to(e);
            EdgeKind kind = index.kind(e);
            if (a >= 0 && b >= 0 && kind != EdgeKind.CO_CHANGE && weights.getOrDefault(kind, 0.0) > 0) {
                pairs[count++] = ((long) a << 32) | b;
                if (kind != EdgeKind.TABLE && a != b) {
                    codePairs[codeCount++] = ((long) a << 32) | b;
                }
            }
        }
        this.codeDependents = new int[n];
        Arrays.sort(codePairs, 0, codeCount);
        for (int i = 0; i < codeCount; i++) {
            if (i == 0 || codePairs[i] != codePairs[i - 1]) {
                codeDependents[(int) codePairs[i]]++;
            }
        }
        Arrays.sort(pairs, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || pairs[i] != pairs[distinct - 1]) {
                pairs[distinct++] = pairs[i];
            }
        }
        this.uses = new int[n][];
        this.usedBy = new int[n][];
        rows(pairs, distinct, n);
        this.weighted = view.join();
    }

    /**
     * Fills {@link #uses} and {@link #usedBy} from sorted, distinct packed (user, used) pairs: each row ascending,
     * since the pairs come in (user, used) order.
     */
    private void rows(long[] sorted, int count, int n) {
        int[] out = new int[n];
        int[] in = new int[n];
        for (int i = 0; i < count; i++) {
            out[(int) (sorted[i] >>> 32)]++;
            in[(int) sorted[i]]++;
        }
        for (int v = 0; v < n; v++) {
            uses[v] = new int[out[v]];
            usedBy[v] = new int[in[v]];
            out[v] = 0;
            in[v] = 0;
        }
        for (int i = 0; i < count; i++) {
            int a = (int) (sorted[i] >>> 32);
            int b = (int) sorted[i];
            uses[a][out[a]++] = b;
            usedBy[b][in[b]++] = a;
        }
    }

    public int size() {
        return weighted.vertexCount();
    }

    public Node node(int v) {
        return graph.nodes().get(v);
    }

    public String id(int v) {
        return weighted.id(v);
    }

    /** Vertex of a class id, or -1. */
    public int vertex(String id) {
        return index.vertex(id);
    }

    /** The graph's vertices and the vertices of its edges' ends. */
    public GraphIndex index() {
        return index;
    }

    /** Weight of the {@code table} edge kind, which {@link #weighted()} leaves out (see {@code ClusteringGraph}). */
    public double tableWeight() {
        return tableWeight;
    }

    /** The kind-weighted view without {@code table} edges. */
    public WeightedGraph weighted() {
        return weighted;
    }

    /** Classes this class depends on, ascending. */
    public int[] uses(int v) {
        return uses[v];
    }

    /**
     * Number of classes whose code refers to this class. Unlike {@link #usedBy}, sharing a table is no use here: a DAO
     * that joins the table everybody reads is not used by everybody (table links point either way).
     */
    public int codeDependents(int v) {
        return codeDependents[v];
    }

    /** Classes that depend on this class, ascending. */
    public int[] usedBy(int v) {
        return usedBy[v];
    }

    /** Roles and name words of each class, the row classes of JDBC data access counted as entities. */
    public synchronized Anchors anchors() {
        if (anchors == null) {
            Anchors declared = anchorsSource != null ? anchorsSource.get() : Anchors.of(graph.nodes());
            anchorsSource = null;
            rowTables = RowEntities.of(index, declared);
            anchors = declared.withRowEntities(rowTables);
        }
        return anchors;
    }

    /** For each class inferred to be an entity from its data access ({@link RowEntities}), its table; else null. */
    public String rowTable(int v) {
        anchors();
        return rowTables[v];
    }

    public CodeGraph graph() {
        return graph;
    }
}
