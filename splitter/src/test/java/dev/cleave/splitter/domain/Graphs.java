package dev.cleave.splitter.domain;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.EntryPoint;
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

/** A small builder of code graphs for the domain-rule tests: nodes in package {@code d}, of 30 lines by default. */
final class Graphs {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private int lines = 30;

    /** Lines of the classes added from now on (30 until changed). */
    Graphs lines(int newLines) {
        this.lines = newLines;
        return this;
    }

    Graphs node(String name, Stereotype stereotype, TableUse... tables) {
        nodes.add(new Node("d." + name, TypeKind.CLASS, name + ".java", lines, List.of(),
                stereotype == null ? List.of() : List.of(stereotype), List.of(tables), List.of(), false));
        return this;
    }

    /** A class of a given kind with annotations (simple names, put in {@code jakarta.persistence}). */
    Graphs node(String name, TypeKind kind, Stereotype stereotype, List<String> annotations, TableUse... tables) {
        nodes.add(new Node("d." + name, kind, name + ".java", lines,
                annotations.stream().map(a -> "jakarta.persistence." + a).toList(),
                stereotype == null ? List.of() : List.of(stereotype), List.of(tables), List.of(), false));
        return this;
    }

    /** A JPA entity mapping {@code table}, carrying these mapping annotations on its members. */
    Graphs entity(String name, String table, String... annotations) {
        return node(name, TypeKind.CLASS, Stereotype.ENTITY, List.of(annotations),
                new TableUse(table, dev.cleave.model.TableAccess.MAPS));
    }

    /** A controller serving {@code GET path}. */
    Graphs controller(String name, String path) {
        nodes.add(new Node("d." + name, TypeKind.CLASS, name + ".java", lines, List.of(),
                List.of(Stereotype.CONTROLLER), List.of(), List.of(new EntryPoint("GET", path, "get")), false));
        return this;
    }

    /** A field of entity {@code from} of type {@code to}: a field edge and the type uses that come with it. */
    Graphs field(String from, String to) {
        return edge(from, to, EdgeKind.FIELD, 1).edge(from, to, EdgeKind.TYPE_USE, 2);
    }

    Graphs edge(String from, String to, EdgeKind kind, int weight) {
        edges.add(new Edge("d." + from, "d." + to, kind, weight));
        return this;
    }

    /**
     * Controller → service → repository → entity (mapping {@code table}), plus the DTO the controller and service
     * exchange, all named after {@code stem}: five classes, the default minimum size of a service.
     */
    Graphs capability(String stem, String table) {
        return capability4(stem, table).node(stem + "Dto", Stereotype.DTO)
                .edge(stem + "Controller", stem + "Dto", EdgeKind.TYPE_USE, 2)
                .edge(stem + "Service", stem + "Dto", EdgeKind.NEW, 1);
    }

    /** Controller → service → repository → entity (mapping the lower-case stem), without a DTO: four classes. */
    Graphs capability4(String stem) {
        return capability4(stem, stem.toLowerCase(java.util.Locale.ROOT));
    }

    private Graphs capability4(String stem, String table) {
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
