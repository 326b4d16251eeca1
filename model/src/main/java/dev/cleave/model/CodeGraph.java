package dev.cleave.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The typed, weighted dependency graph of a project's classes: the contract written to {@code graph.json}.
 *
 * <p>One node per top-level type; nested, local and anonymous types are folded into their top-level type.
 * Nodes are sorted by id and edges by (from, to, kind), so equal graphs serialize to identical bytes.
 *
 * @param schemaVersion version of this format; readers accept {@link #OLDEST_READABLE} to {@link #SCHEMA_VERSION}
 * @param project       what was analyzed
 * @param stats         counts and resolution rates of the analysis
 * @param nodes         one per top-level type, sorted by id
 * @param edges         dependencies between nodes, sorted, without self-edges
 */
public record CodeGraph(int schemaVersion, ProjectInfo project, GraphStats stats, List<Node> nodes, List<Edge> edges) {

    /** The version written by this build: 2 added the {@link Edge#operations()} of call edges. */
    public static final int SCHEMA_VERSION = 2;

    /** The oldest version this build reads; a version 1 graph loads with no operations on its call edges. */
    public static final int OLDEST_READABLE = 1;

    public CodeGraph {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(stats, "stats");
        nodes = nodes.stream().sorted(Comparator.comparing(Node::id)).toList();
        edges = edges.stream().sorted().toList();
    }

    /** A graph in the current schema version. */
    public static CodeGraph of(ProjectInfo project, GraphStats stats, List<Node> nodes, List<Edge> edges) {
        return new CodeGraph(SCHEMA_VERSION, project, stats, nodes, edges);
    }

    /** The node of a class, or null when the graph has none. O(log V): nodes are sorted by id. */
    public Node node(String id) {
        int lo = 0;
        int hi = nodes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = nodes.get(mid).id().compareTo(id);
            if (c == 0) {
                return nodes.get(mid);
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** Total weight of edges of the given kind. */
    public long weightOf(EdgeKind kind) {
        return edges.stream().filter(e -> e.kind() == kind).mapToLong(Edge::weight).sum();
    }
}
