package dev.cleave.splitter.synthetic;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SyntheticMonolithTest {

    @Test
    void theSameSpecGivesTheSameGraphAndPlanAndAnotherSeedAnotherGraph() {
        SyntheticMonolith.Generated a = SyntheticMonolith.generate(SyntheticSpec.of(1_000, 0.1, 3));
        SyntheticMonolith.Generated b = SyntheticMonolith.generate(SyntheticSpec.of(1_000, 0.1, 3));
        assertThat(a.graph()).isEqualTo(b.graph());
        assertThat(a.planted()).isEqualTo(b.planted());
        assertThat(SyntheticMonolith.generate(SyntheticSpec.of(1_000, 0.1, 4)).graph().edges())
                .isNotEqualTo(a.graph().edges());
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 2_500, 20_000})
    void generatesExactlyTheClassesAskedForEachPlacedOnce(int classes) {
        SyntheticMonolith.Generated g = SyntheticMonolith.generate(SyntheticSpec.of(classes, 0.1, 1));
        CodeGraph graph = g.graph();
        assertThat(graph.nodes()).hasSize(classes);
        Set<String> ids = new HashSet<>(graph.nodes().stream().map(Node::id).toList());
        Plan plan = g.planted();
        List<String> placed = new java.util.ArrayList<>(plan.shared());
        plan.services().forEach(s -> placed.addAll(s.classes()));
        assertThat(placed).hasSize(classes);
        assertThat(new HashSet<>(placed)).isEqualTo(ids);
        assertThat(plan.shared()).hasSize((int) Math.round(classes * 0.05));
        long dangling = graph.edges().stream().filter(e -> !ids.contains(e.from()) || !ids.contains(e.to())).count();
        assertThat(dangling).isZero();
        assertThat(graph.edges().size()).isBetween(classes * 5, classes * 11);
    }

    @Test
    void everyServiceHasTheLayersOfABusinessCapabilityAndOwnsItsEntitiesTables() {
        SyntheticMonolith.Generated g = SyntheticMonolith.generate(SyntheticSpec.of(3_000, 0.0, 5));
        Map<String, Node> nodes = new HashMap<>();
        g.graph().nodes().forEach(n -> nodes.put(n.id(), n));
        List<Integer> sizes = g.planted().services().stream().map(s -> s.classes().size()).toList();
        assertThat(sizes).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(8));
        assertThat(sizes.stream().distinct().count()).as("varied sizes").isGreaterThan(sizes.size() / 2);
        for (Service service : g.planted().services()) {
            Set<Stereotype> roles = new HashSet<>();
            service.classes().forEach(c -> roles.addAll(nodes.get(c).stereotypes()));
            assertThat(roles).contains(Stereotype.CONTROLLER, Stereotype.SERVICE, Stereotype.REPOSITORY,
                    Stereotype.ENTITY);
            List<String> mapped = service.classes().stream().flatMap(c -> nodes.get(c).tables().stream())
                    .filter(t -> t.access() == TableAccess.MAPS).map(t -> t.table()).sorted().toList();
            assertThat(service.tables()).isEqualTo(mapped).isNotEmpty();
        }
        assertThat(g.planted().shared()).allSatisfy(c ->
                assertThat(nodes.get(c).stereotypes()).containsExactly(Stereotype.UTILITY));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.1, 0.3})
    void theShareOfEdgesCrossingPlantedServicesIsTheNoise(double noise) {
        SyntheticMonolith.Generated g = SyntheticMonolith.generate(SyntheticSpec.of(5_000, noise, 11));
        Map<String, String> serviceOf = new HashMap<>();
        g.planted().services().forEach(s -> s.classes().forEach(c -> serviceOf.put(c, s.name())));
        int between = 0;
        int crossing = 0;
        for (Edge e : g.graph().edges()) {
            String from = serviceOf.get(e.from());
            String to = serviceOf.get(e.to());
            if (from != null && to != null) {
                between++;
                crossing += from.equals(to) ? 0 : 1;
            }
        }
        assertThat((double) crossing / between).isCloseTo(noise, within(0.03));
        if (noise == 0.0) {
            assertThat(crossing).isZero();
        }
    }

    @Test
    void hubsAndTheSharedLayerDrawMostReferences() {
        SyntheticMonolith.Generated g = SyntheticMonolith.generate(SyntheticSpec.of(5_000, 0.1, 2));
        Map<String, Integer> inDegree = new HashMap<>();
        g.graph().edges().forEach(e -> inDegree.merge(e.to(), 1, Integer::sum));
        int max = inDegree.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double mean = (double) g.graph().edges().size() / g.graph().nodes().size();
        assertThat(max).isGreaterThan((int) (20 * mean));
        String top = inDegree.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(g.planted().shared()).contains(top);
    }

    @Test
    void scalesToAHundredThousandClassesAndAboutAMillionEdges() {
        SyntheticMonolith.Generated g = SyntheticMonolith.generate(SyntheticSpec.of(100_000, 0.05, 9));
        assertThat(g.graph().nodes()).hasSize(100_000);
        assertThat(g.graph().edges().size()).isBetween(800_000, 1_100_000);
        assertThat(g.planted().services().size()).isBetween(100, 300);
    }

    @Test
    void rejectsSpecsOutOfRange() {
        assertThatThrownBy(() -> SyntheticSpec.of(10, 0.1, 1)).hasMessageContaining("classes");
        assertThatThrownBy(() -> SyntheticSpec.of(100, 1.5, 1)).hasMessageContaining("noise");
        assertThatThrownBy(() -> SyntheticSpec.of(100, 0.1, 1).withServices(50)).hasMessageContaining("services");
        assertThat(SyntheticMonolith.generate(SyntheticSpec.of(100, 0.1, 1).withServices(3)).planted().services())
                .hasSize(3);
    }
}
