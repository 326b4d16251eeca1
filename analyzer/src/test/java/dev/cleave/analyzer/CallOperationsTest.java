package dev.cleave.analyzer;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cleave.analyzer.Fixtures.edge;
import static dev.cleave.analyzer.Fixtures.weight;
import static dev.cleave.model.EdgeKind.CALL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Call edges name the methods called ({@code call-operations} fixture): overloads apart, parameter types erased
 * as declared, each method on the edge to the type that declares it, method references counted, and nothing for
 * calls whose method is not known exactly.
 */
class CallOperationsTest {
    private static final String SERVICE = "ops.CustomerService";
    private static CodeGraph graph;

    @BeforeAll
    static void analyze() {
        graph = Fixtures.analyze("call-operations");
    }

    private static List<String> operations(String from, String to) {
        return edge(graph, from, to, CALL).map(Edge::operations).orElseThrow();
    }

    @Test
    void overloadsAreToldApartByTheirParameterTypes() {
        assertThat(operations(SERVICE, "ops.CustomerRepository"))
                .containsExactly("findById(java.lang.Integer)", "findById(java.lang.Integer,boolean)",
                        "save(ops.Customer)");
    }

    @Test
    void parametersAreErasedAsDeclaredAndInheritedMethodsBelongToTheirDeclaringType() {
        // customers.count(..) is inherited by CustomerRepository from Repository: the edge and operation are
        // Repository's; T erases to its bound, C extends Comparable<C> to Comparable, varargs to an array
        assertThat(operations(SERVICE, "ops.Repository")).containsExactly(
                "Page.size()",
                "count(int[][],java.lang.String[])",
                "max(java.lang.Comparable,java.lang.Comparable)",
                "merge(java.util.Map.Entry)",
                "save(ops.Entity)",
                "saveAll(java.util.List)");
        assertThat(operations(SERVICE, "ops.Entity")).containsExactly("id()");
    }

    @Test
    void methodReferencesCountAsCallsOfTheirMethod() {
        // Customer::parse, Customer::name and parser.apply("x").name(); rename(Missing) has an unknown parameter
        // type; unknown.uniquelyNamedOperation() is found by its name only: weight, but no operation
        assertThat(operations(SERVICE, "ops.Customer"))
                .containsExactly("name()", "parse(java.lang.String)", "rename(?)");
        assertThat(weight(graph, SERVICE, "ops.Customer", CALL)).isEqualTo(5);
        assertThat(graph.stats().methodCalls().fallback()).isEqualTo(1);
    }

    @Test
    void aMethodGuessedAmongOverloadsIsNoOperation() {
        // c.tag("seven") fits neither tag(Integer) nor tag(Long); findById("seven") fits the only one-argument findById
        assertThat(weight(graph, "ops.Guesses", "ops.Customer", CALL)).isEqualTo(1);
        assertThat(operations("ops.Guesses", "ops.Customer")).isEmpty();
        assertThat(operations("ops.Guesses", "ops.CustomerRepository")).containsExactly("findById(java.lang.Integer)");
    }

    @Test
    void constructorsAreNotOperations() {
        // super("customer") is a call edge without operations; new CustomerRepository() a new edge
        assertThat(edge(graph, "ops.CustomerRepository", "ops.Repository", CALL)).get()
                .satisfies(e -> assertThat(e.operations()).isEmpty());
        assertThat(graph.edges()).filteredOn(e -> e.kind() != EdgeKind.CALL)
                .allSatisfy(e -> assertThat(e.operations()).isEmpty());
    }
}
