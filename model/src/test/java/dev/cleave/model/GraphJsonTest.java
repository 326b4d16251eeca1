package dev.cleave.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphJsonTest {

    static CodeGraph sample() {
        Node order = new Node("shop.Order", TypeKind.CLASS, "src/main/java/shop/Order.java", 40,
                List.of("jakarta.persistence.Table", "jakarta.persistence.Entity"),
                List.of(Stereotype.ENTITY), List.of(new TableUse("orders", TableAccess.MAPS)), List.of(), false);
        Node controller = new Node("shop.OrderController", TypeKind.CLASS, "src/main/java/shop/OrderController.java",
                25, List.of("org.springframework.web.bind.annotation.RestController"),
                List.of(Stereotype.CONTROLLER),
                List.of(), List.of(new EntryPoint("POST", "/orders", "create"), new EntryPoint("GET", "/orders/{id}", "get")),
                true);
        GraphStats stats = new GraphStats(2, 2, 65, Resolution.of(10, 1, 5, 1), Resolution.of(4, 0, 2, 0),
                Map.of("unknown-symbol", 1L), List.of(new Problem("src/main/java/shop/Broken.java", 3, "syntax error")));
        return CodeGraph.of(new ProjectInfo("shop", "/tmp/shop", List.of("src/main/java"), List.of(), 0), stats,
                List.of(order, controller),
                List.of(new Edge("shop.OrderController", "shop.Order", EdgeKind.TYPE_USE, 3),
                        new Edge("shop.OrderController", "shop.Order", EdgeKind.NEW, 1)));
    }

    @Test
    void writeThenReadGivesTheSameGraph() {
        CodeGraph graph = sample();
        String json = GraphJson.toJson(graph);
        CodeGraph back = GraphJson.fromJson(json, "mem");
        assertThat(back).isEqualTo(graph);
        assertThat(GraphJson.toJson(back)).isEqualTo(json);
    }

    @Test
    void outputIsSortedAndUsesLowerCaseNames() {
        String json = GraphJson.toJson(sample());
        assertThat(json).contains("\"kind\" : \"type-use\"", "\"access\" : \"maps\"", "\"entity\"");
        assertThat(json.indexOf("\"edges\"")).isLessThan(json.indexOf("\"nodes\""));
        assertThat(json.indexOf("\"kind\" : \"new\"")).isLessThan(json.indexOf("\"kind\" : \"type-use\""));
        assertThat(json.indexOf("\"/orders\"")).isLessThan(json.indexOf("\"/orders/{id}\""));
        assertThat(json).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void fileRoundTripIsAtomicAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/graph.json");
        GraphJson.write(sample(), file);
        GraphJson.write(sample(), file);
        assertThat(GraphJson.read(file)).isEqualTo(sample());
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("graph.json");
        }
    }

    /** Issue 14, bad input 4: a duplicate node and an edge to a missing node, named on reading. */
    @Test
    void aGraphWithADuplicateNodeOrAnEdgeToNoNodeIsRefusedNamingIt() {
        CodeGraph good = sample();
        CodeGraph twice = CodeGraph.of(good.project(), good.stats(),
                List.of(good.nodes().get(0), good.nodes().get(0), good.nodes().get(1)), good.edges());
        assertThatThrownBy(() -> GraphJson.fromJson(GraphJson.toJson(twice), "g.json"))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("g.json: node shop.Order appears twice");
        CodeGraph dangling = CodeGraph.of(good.project(), good.stats(), List.of(good.nodes().get(1)), good.edges());
        assertThatThrownBy(() -> GraphJson.fromJson(GraphJson.toJson(dangling), "g.json"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("edge shop.OrderController -> shop.Order (new) names shop.Order, which is no node");
        CodeGraph empty = CodeGraph.of(good.project(), good.stats(), List.of(), good.edges());
        assertThatThrownBy(() -> GraphJson.fromJson(GraphJson.toJson(empty), "g.json"))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("which is no node");
    }

    @Test
    void malformedJsonNamesTheFileAndPosition() {
        assertThatThrownBy(() -> GraphJson.fromJson("{\"schemaVersion\": 1,\n \"nodes\": [", "g.json"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageStartingWith("g.json:2:")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void anotherSchemaVersionIsRejectedWithTheFix() {
        String json = GraphJson.toJson(sample()).replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 7");
        assertThatThrownBy(() -> GraphJson.fromJson(json, "g.json"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("schema version 7")
                .hasMessageContaining("reads versions 1 to 2")
                .hasMessageContaining("cleave analyze");
    }

    @Test
    void callEdgesCarryTheirOperationsSortedAndOtherEdgesHaveNoOperationsKey() {
        CodeGraph sample = sample();
        List<Edge> edges = new ArrayList<>(sample.edges());
        edges.add(new Edge("shop.OrderController", "shop.Order", EdgeKind.CALL, 3,
                List.of("total()", "addLine(java.lang.String,int)", "total()")));
        CodeGraph graph = CodeGraph.of(sample.project(), sample.stats(), sample.nodes(), edges);
        String json = GraphJson.toJson(graph);
        assertThat(json).contains("\"schemaVersion\" : 2", "\"kind\" : \"call\",\n      \"operations\" : [\n"
                + "        \"addLine(java.lang.String,int)\",\n        \"total()\"\n      ],\n");
        assertThat(json.split("\"operations\"", -1)).hasSize(2);
        CodeGraph back = GraphJson.fromJson(json, "mem");
        assertThat(back).isEqualTo(graph);
        assertThat(back.edges().get(0).operations()).containsExactly("addLine(java.lang.String,int)", "total()");
    }

    @Test
    void aVersion1GraphLoadsWithoutOperationsAndIsWrittenAsVersion2() {
        String v1 = """
                {
                  "edges" : [ { "from" : "shop.Web", "kind" : "call", "to" : "shop.Orders", "weight" : 4 },
                              { "from" : "shop.Web", "kind" : "new", "to" : "shop.Orders", "weight" : 1 } ],
                  "nodes" : [
                    { "annotations" : [ ], "entryPoints" : [ ], "id" : "shop.Orders", "kind" : "class", "lines" : 9,
                      "sourceFile" : "src/main/java/shop/Orders.java", "stateful" : false, "stereotypes" : [ ],
                      "tables" : [ ] },
                    { "annotations" : [ ], "entryPoints" : [ ], "id" : "shop.Web", "kind" : "class", "lines" : 7,
                      "sourceFile" : "src/main/java/shop/Web.java", "stateful" : false, "stereotypes" : [ ],
                      "tables" : [ ] } ],
                  "project" : { "classpath" : [ ], "gitCommits" : 0, "name" : "shop", "root" : "/abs/shop",
                                "sourceRoots" : [ "src/main/java" ] },
                  "schemaVersion" : 1,
                  "stats" : {
                    "files" : 2, "lines" : 16, "types" : 2,
                    "methodCalls" : { "exact" : 4, "external" : 0, "fallback" : 0, "total" : 4, "unresolved" : 0 },
                    "references" : { "exact" : 9, "external" : 0, "fallback" : 0, "total" : 9, "unresolved" : 0 },
                    "unresolvedByReason" : { },
                    "problems" : [ ]
                  }
                }
                """;
        CodeGraph graph = GraphJson.fromJson(v1, "old-graph.json");
        assertThat(graph.schemaVersion()).isEqualTo(CodeGraph.SCHEMA_VERSION);
        assertThat(graph.edges()).containsExactly(new Edge("shop.Web", "shop.Orders", EdgeKind.CALL, 4),
                new Edge("shop.Web", "shop.Orders", EdgeKind.NEW, 1));
        assertThat(graph.edges()).allSatisfy(e -> assertThat(e.operations()).isEmpty());
        assertThat(GraphJson.toJson(graph)).contains("\"schemaVersion\" : 2").doesNotContain("operations");
    }

    @Test
    void operationsAreOnlyForCallEdges() {
        assertThatThrownBy(() -> new Edge("a.A", "a.B", EdgeKind.NEW, 1, List.of("m()")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only call edges");
        assertThat(new Edge("a.A", "a.B", EdgeKind.CALL, 1, null).operations()).isEmpty();
    }

    @Test
    void aDocumentWithoutVersionIsNotAGraph() {
        assertThatThrownBy(() -> GraphJson.fromJson("{\"services\": []}", "plan.json"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("not a Cleave graph file");
    }

    @Test
    void unknownFieldsAndBadEnumsAreRejected() {
        String json = GraphJson.toJson(sample()).replace("\"kind\" : \"new\"", "\"kind\" : \"teleport\"");
        assertThatThrownBy(() -> GraphJson.fromJson(json, "g.json"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("invalid graph file");
    }

    @Test
    void missingFileIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> GraphJson.read(dir.resolve("nope.json")))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("no such graph file");
    }

    @Test
    void selfEdgesAndZeroWeightsAreRejected() {
        assertThatThrownBy(() -> new Edge("a.A", "a.A", EdgeKind.CALL, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Edge("a.A", "a.B", EdgeKind.CALL, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
