package dev.cleave.splitter.internal.metrics;

import dev.cleave.model.PlanMetrics;

import java.util.List;
import java.util.Map;

/**
 * The aggregates behind every plan metric, maintained incrementally as classes move, so that a move costs
 * O(degree of the class + its tables) and reading the metrics O(K²) (SM's pair term), never O(graph).
 *
 * <p>A class's place is a service index {@code 0..K-1}, or a negative value for "in no service" (shared,
 * unassigned, not in the plan); classes in no service take part in no metric. Per service: size, μ (class
 * pairs inside with a structural dependency), internal and cut weight of the kind-weighted graph (Q); per pair
 * of services: σ; globally: cross/total call weight (ICP), cross structural edges; per class: how many classes of
 * other services call it (IFN, {@link CalledClasses}); per table: accessing services.
 *
 * <p>Scoring from scratch is "start with every class in no service, then place each": the same code as a move,
 * so incremental and from-scratch results agree exactly for the integer aggregates and up to floating-point
 * summation order for Q.
 */
public final class PlanState {
    private final Adjacency adj;
    private final int k;
    private final int[] place;
    private final int[] size;
    private final long[] mu;
    private final long[] sigma;
    private final double[] inside;
    private final double[] cut;
    private final CalledClasses calledClasses;
    private final TableCounts tables;
    private long crossCall;
    private long totalCall;
    private long crossEdges;
    private long crossTransactionalCalls;

    /**
     * @param services number of services (indexes {@code 0..services-1})
     * @param places   initial place of each vertex; negative = in no service
     */
    public PlanState(Adjacency adj, int services, int[] places) {
        this.adj = adj;
        this.k = services;
        this.place = new int[adj.vertexCount()];
        this.size = new int[k];
        this.mu = new long[k];
        this.sigma = new long[Math.multiplyExact(k, k)];
        this.inside = new double[k];
        this.cut = new double[k];
        this.calledClasses = new CalledClasses(adj, place, k);
        this.tables = new TableCounts(adj);
        java.util.Arrays.fill(place, -1);
        for (int v = 0; v < places.length; v++) {
            move(v, places[v]);
        }
    }

    public int place(int vertex) {
        return place[vertex];
    }

    public int services() {
        return k;
    }

    public int size(int service) {
        return size[service];
    }

    /** Moves a class to {@code target} (a service index, or negative for none). */
    public void move(int vertex, int target) {
        if (place[vertex] == target) {
            return;
        }
        account(vertex, -1);
        place[vertex] = target;
        account(vertex, 1);
    }

    private void account(int v, int sign) {
        int s = place[v];
        if (s < 0) {
            return;
        }
        size[s] += sign;
        for (int i = adj.offsets[v]; i < adj.offsets[v + 1]; i++) {
            int t = place[adj.neighbors[i]];
            if (t >= 0) {
                pair(s, t, i, sign);
            }
        }
        calledClasses.account(v, s, sign);
        tables.account(v, s, sign);
        if (size[s] == 0) {
            inside[s] = 0;
            cut[s] = 0;
        }
    }

    private void pair(int s, int t, int i, int sign) {
        long dependent = adj.structural[i] > 0 ? sign : 0;
        totalCall += sign * adj.calls[i];
        if (s == t) {
            mu[s] += dependent;
            inside[s] += sign * adj.weights[i];
            return;
        }
        sigma[s * k + t] += dependent;
        sigma[t * k + s] += dependent;
        cut[s] += sign * adj.weights[i];
        cut[t] += sign * adj.weights[i];
        crossCall += sign * adj.calls[i];
        crossEdges += (long) sign * adj.structural[i];
        crossTransactionalCalls += (long) sign * adj.transactionalCalls[i];
    }

    /** The metrics of the current placement; see {@link MetricFormulas}. */
    public PlanMetrics metrics() {
        return MetricFormulas.of(this);
    }

    /** Tables accessed from more than one service, with the indexes of those services, by table name. */
    public Map<String, List<Integer>> splitTables() {
        return tables.split();
    }

    /** Tables only the given service accesses, sorted. */
    public List<String> tablesOwnedBy(int service) {
        return tables.ownedBy(service);
    }

    /** Whether a class of another service calls this class. */
    public boolean calledFromOtherService(int vertex) {
        return calledClasses.isCalledFromOtherService(vertex);
    }

    int[] sizes() {
        return size;
    }

    long mu(int s) {
        return mu[s];
    }

    long sigma(int s, int t) {
        return sigma[s * k + t];
    }

    double inside(int s) {
        return inside[s];
    }

    double cut(int s) {
        return cut[s];
    }

    int called(int s) {
        return calledClasses.called(s);
    }

    long crossCall() {
        return crossCall;
    }

    long totalCall() {
        return totalCall;
    }

    long crossEdges() {
        return crossEdges;
    }

    long crossTransactionalCalls() {
        return crossTransactionalCalls;
    }

    double tableOwnership() {
        return tables.ownership();
    }
}
