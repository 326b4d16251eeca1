package dev.cleave.splitter.domain;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.ProjectInfo;
import dev.cleave.model.Resolution;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;
import dev.cleave.model.TypeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small builder of code graphs for the domain-rule tests: nodes in package {@code d}. */
final class Graphs {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    Graphs node(String name, Stereotype stereotype, TableUse... tables) {
        nodes.add(new Node("d." + name, TypeKind.CLASS, name + ".java", 10, List.of(),
                stereotype == null ? List.of() : List.of(stereotype), List.of(tables), List.of(), false));
        return this;
    }

    Graphs edge(String from, String to, EdgeKind kind, int weight) {
        edges.add(new Edge("d." + from, "d." + to, kind, weight));
        return this;
    }

    /** Controller → service → repository → entity (mapping {@code table}), all named after {@code stem}. */
    Graphs capability(String stem, String table) {
        node(stem + "Controller", Stereotype.CONTROLLER).node(stem + "Service", Stereotype.SERVICE)
                .node(stem + "Repository", Stereotype.REPOSITORY)
                .node(stem, Stereotype.ENTITY, new TableUse(table, dev.cleave.model.TableAccess.MAPS));
        return edge(stem + "Controller", stem + "Service", EdgeKind.CALL, 4)
                .edge(stem + "Service", stem + "Repository", EdgeKind.CALL, 4)
                .edge(stem + "Repository", stem, EdgeKind.TYPE_USE, 2)
                .edge(stem + "Service", stem, EdgeKind.NEW, 2);
    }

    CodeGraph build() {
        GraphStats stats = new GraphStats(nodes.size(), nodes.size(), 0, Resolution.NONE, Resolution.NONE, Map.of(),
                List.of());
        return CodeGraph.of(new ProjectInfo("d", "/d", List.of(), List.of(), 0), stats, nodes, edges);
    }
}
