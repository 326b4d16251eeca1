package dev.cleave.splitter.domain;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.ProjectInfo;
import dev.cleave.model.Resolution;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;
import dev.cleave.model.TypeKind;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Package structure as evidence: packages laid out by layer and then by feature ({@code domain.model.handling},
 * {@code interfaces.handling}) tip a class the code ties to several capabilities towards its own feature, when the
 * feature's classes do refer to each other. Which packages count is tested in {@code FeaturePackagesRulesTest}.
 */
class FeaturePackagesTest {
    private static final String BASE = "se.example.shipping.";

    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    /** Entity, repository, service (in the layer package {@code application}) and controller of one feature. */
    private void feature(String name, String table) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        node("domain.model." + lower + "." + name, Stereotype.ENTITY, new TableUse(table, TableAccess.MAPS));
        node("domain.model." + lower + "." + name + "Repository", Stereotype.REPOSITORY);
        node("application." + name + "Service", Stereotype.SERVICE);
        node("interfaces." + lower + "." + name + "Controller", Stereotype.CONTROLLER);
        node("interfaces." + lower + "." + name + "Form", null);
        edge("interfaces." + lower + "." + name + "Controller", "application." + name + "Service", 4);
        edge("interfaces." + lower + "." + name + "Controller", "interfaces." + lower + "." + name + "Form", 3);
        edge("application." + name + "Service", "domain.model." + lower + "." + name + "Repository", 4);
        edge("application." + name + "Service", "domain.model." + lower + "." + name, 3);
        edge("domain.model." + lower + "." + name + "Repository", "domain.model." + lower + "." + name, 2);
    }

    private void node(String id, Stereotype stereotype, TableUse... tables) {
        nodes.add(new Node(BASE + id, TypeKind.CLASS, id.replace('.', '/') + ".java", 40, List.of(),
                stereotype == null ? List.of() : List.of(stereotype), List.of(tables), List.of(), false));
    }

    private void edge(String from, String to, int weight) {
        edges.add(new Edge(BASE + from, BASE + to, EdgeKind.CALL, weight));
    }

    private CodeGraph graph;

    private Plan split() {
        GraphStats stats = new GraphStats(nodes.size(), nodes.size(), 0, Resolution.NONE, Resolution.NONE, Map.of(),
                List.of());
        graph = CodeGraph.of(new ProjectInfo("shipping", "/s", List.of(), List.of(), 0), stats, nodes,
                edges);
        return Splitter.split(graph, SplitOptions.defaults());
    }

    private String serviceOf(Plan plan, String id) {
        return plan.serviceOf(BASE + id).name();
    }

    private void threeFeatures() {
        feature("Cargo", "cargo");
        feature("Handling", "handling_event");
        feature("Voyage", "voyage");
        edge("application.HandlingService", "application.CargoService", 1);
        edge("application.HandlingService", "application.VoyageService", 1);
    }

    @Test
    void aClassTheCodeTiesToOtherCapabilitiesGoesWithTheFeatureOfItsPackage() {
        threeFeatures();
        node("domain.model.handling.HandlingEventFactory", null);
        node("domain.model.handling.UnknownCargoException", null);
        edge("domain.model.handling.HandlingEventFactory", "domain.model.cargo.CargoRepository", 2);
        edge("domain.model.handling.HandlingEventFactory", "domain.model.voyage.VoyageRepository", 2);
        edge("domain.model.handling.HandlingEventFactory", "domain.model.handling.UnknownCargoException", 1);
        edge("domain.model.handling.HandlingEventFactory", "domain.model.handling.Handling", 1);
        edge("application.HandlingService", "domain.model.handling.HandlingEventFactory", 1);

        Plan plan = split();

        assertThat(serviceOf(plan, "domain.model.handling.HandlingEventFactory")).isEqualTo("handling");
        assertThat(serviceOf(plan, "domain.model.handling.UnknownCargoException")).isEqualTo("handling");
        assertThat(serviceOf(plan, "domain.model.cargo.Cargo")).isEqualTo("cargo");
        assertThat(serviceOf(plan, "domain.model.voyage.Voyage")).isEqualTo("voyage");
        assertThat(new dev.cleave.splitter.WhatIf(graph, plan, SplitOptions.DEFAULT_EDGE_WEIGHTS)
                .explain(BASE + "domain.model.handling.HandlingEventFactory").reasons())
                .contains("its package names the feature 'handling' (5 of its 5 other classes are in this service,"
                        + " and they refer to each other more than chance): the package layout counts as evidence");
    }
}
