package dev.cleave.splitter.domain;

import dev.cleave.model.Node;
import dev.cleave.model.Stereotype;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.internal.domain.Anchors;
import dev.cleave.splitter.internal.domain.Facts;
import dev.cleave.splitter.internal.domain.Roles;
import dev.cleave.splitter.internal.domain.Stems;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-class roles and name words computed once say what {@link Roles} and {@link Stems} say. */
class AnchorsTest {

    @Test
    void agreesWithRolesAndStemsForEveryClass() {
        Facts facts = new Facts(DomainRulesTest.three().node("OrderLineDto", Stereotype.DTO)
                .node("CatalogSearchServlet", Stereotype.SERVLET).node("XMLOrderExporter2", null).build(),
                SplitOptions.DEFAULT_EDGE_WEIGHTS);
        Anchors anchors = facts.anchors();
        for (int v = 0; v < facts.size(); v++) {
            Node node = facts.node(v);
            List<String> stem = Roles.isEntity(node) ? Stems.words(node.simpleName())
                    : Roles.isEntryPoint(node) ? Stems.stem(node.simpleName()) : List.of();
            assertThat(anchors.isEntity(v)).as(node.id()).isEqualTo(Roles.isEntity(node));
            assertThat(anchors.isEntryPoint(v)).as(node.id()).isEqualTo(Roles.isEntryPoint(node));
            assertThat(anchors.isAnchor(v)).as(node.id()).isEqualTo(Roles.isAnchor(node));
            assertThat(anchors.words(v)).as(node.id()).isEqualTo(Stems.words(node.simpleName()));
            assertThat(anchors.stem(v)).as(node.id()).isEqualTo(stem);
            assertThat(anchors.key(v)).as(node.id()).isEqualTo(String.join(" ", stem));
        }
        assertThat(anchors.key(facts.vertex("d.CatalogSearchServlet"))).isEqualTo("catalog search");
        assertThat(anchors.key(facts.vertex("d.OrderLineDto"))).isEmpty();
        assertThat(facts.anchors()).isSameAs(anchors);
    }
}
