package dev.cleave.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphExportsTest {
    private final CodeGraph graph = GraphJsonTest.sample();

    @Test
    void dotMergesEdgesOfOnePairAndLabelsStereotypes() {
        assertThat(GraphExports.write(graph, GraphExports.Format.DOT)).isEqualTo("""
                digraph "shop" {
                  rankdir=LR;
                  node [shape=box, fontsize=10];
                  "shop.Order" [label="Order\\n«entity»"];
                  "shop.OrderController" [label="OrderController\\n«controller»"];
                  "shop.OrderController" -> "shop.Order" [label="new,type-use 4", weight=4];
                }
                """);
    }

    @Test
    void mermaidUsesShortIdsInNodeOrder() {
        assertThat(GraphExports.write(graph, GraphExports.Format.MERMAID)).isEqualTo("""
                flowchart LR
                  n0["Order"]
                  n1["OrderController"]
                  n1 -->|new,type-use 4| n0
                """);
    }

    @Test
    void graphmlKeepsEveryTypedEdge() {
        String xml = GraphExports.write(graph, GraphExports.Format.GRAPHML);
        assertThat(xml).startsWith("<?xml").endsWith("</graphml>\n")
                .contains("<node id=\"shop.Order\"><data key=\"kind\">class</data><data key=\"stereotypes\">entity</data><data key=\"tables\">orders</data></node>")
                .contains("<edge id=\"e0\" source=\"shop.OrderController\" target=\"shop.Order\"><data key=\"edgeKind\">new</data><data key=\"weight\">1</data></edge>")
                .contains("<data key=\"edgeKind\">type-use</data><data key=\"weight\">3</data>");
    }
}
