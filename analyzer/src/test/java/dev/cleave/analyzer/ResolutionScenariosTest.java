package dev.cleave.analyzer;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Node;
import dev.cleave.model.Problem;
import org.junit.jupiter.api.Test;

import static dev.cleave.analyzer.Fixtures.weight;
import static dev.cleave.model.EdgeKind.ANNOTATION;
import static dev.cleave.model.EdgeKind.CALL;
import static dev.cleave.model.EdgeKind.EXTENDS;
import static dev.cleave.model.EdgeKind.FIELD;
import static dev.cleave.model.EdgeKind.IMPLEMENTS;
import static dev.cleave.model.EdgeKind.NEW;
import static dev.cleave.model.EdgeKind.TYPE_USE;
import static org.assertj.core.api.Assertions.assertThat;

/** The references each fixture exercises resolve to the declaring types a compiler would choose. */
class ResolutionScenariosTest {

    @Test
    void receiverTypeArgumentsAreSubstitutedIntoMemberTypes() {
        CodeGraph g = Fixtures.analyze("generics-substitution");
        // box.get().name(), item.name() in the loop, copy.get(0).name(), first.name(), and through a diamond:
        // new Box<>(new Item()).get().name()
        assertThat(weight(g, "gen.Catalog", "gen.Item", CALL)).isEqualTo(5);
        // mapped.get().width() and e.getValue().width()
        assertThat(weight(g, "gen.Catalog", "gen.Label", CALL)).isEqualTo(2);
        assertThat(weight(g, "gen.Catalog", "gen.Box", CALL)).isEqualTo(4);
        assertThat(weight(g, "gen.Catalog", "gen.Box", NEW)).isEqualTo(1);
        assertThat(g.stats().methodCalls().unresolved()).isZero();
    }

    @Test
    void overloadsAreChosenByArgumentTypesBoxingAndVarargs() {
        CodeGraph g = Fixtures.analyze("overloads");
        assertThat(weight(g, "ov.Caller", "ov.Alpha", CALL)).isEqualTo(2);
        assertThat(weight(g, "ov.Caller", "ov.Beta", CALL)).isEqualTo(2);
        assertThat(weight(g, "ov.Caller", "ov.Delta", CALL)).isEqualTo(1);
        assertThat(weight(g, "ov.Caller", "ov.Gamma", CALL)).isEqualTo(2);
        assertThat(weight(g, "ov.Caller", "ov.Converter", CALL)).isEqualTo(7);
    }

    @Test
    void lambdaParametersAndMethodReferencesAreTypedFromTheirTargets() {
        CodeGraph g = Fixtures.analyze("lambdas-and-method-refs");
        // factory.get().ship(), o.ship(), Order::total twice, o.total()
        assertThat(weight(g, "lam.Shipping", "lam.Order", CALL)).isEqualTo(5);
        assertThat(weight(g, "lam.Shipping", "lam.Order", NEW)).isEqualTo(1);
        assertThat(weight(g, "lam.Shipping", "lam.Report", NEW)).isEqualTo(1);
        assertThat(weight(g, "lam.Shipping", "lam.Report", CALL)).isEqualTo(1);
        assertThat(weight(g, "lam.Shipping", "lam.Audit", CALL)).isEqualTo(2);
        assertThat(g.stats().methodCalls().unresolved()).isZero();
    }

    @Test
    void nestedLocalAndAnonymousClassesFoldIntoTheirTopLevelType() {
        CodeGraph g = Fixtures.analyze("inner-and-anonymous");
        assertThat(g.nodes()).extracting(Node::id)
                .containsExactly("inner.Listener", "inner.Mailer", "inner.Outer", "inner.User");
        assertThat(weight(g, "inner.Outer", "inner.Mailer", CALL)).isEqualTo(2);
        assertThat(weight(g, "inner.Outer", "inner.Listener", NEW)).isEqualTo(1);
        assertThat(weight(g, "inner.Outer", "inner.Outer", CALL)).isZero();
        assertThat(weight(g, "inner.User", "inner.Outer", CALL)).isEqualTo(3);
        assertThat(weight(g, "inner.User", "inner.Listener", CALL)).isEqualTo(1);
        assertThat(weight(g, "inner.User", "inner.Outer", NEW)).isEqualTo(1);
    }

    @Test
    void staticImportsResolveMethodsAndFields() {
        CodeGraph g = Fixtures.analyze("static-imports");
        assertThat(weight(g, "st.Clamp", "st.MathUtil", CALL)).isEqualTo(1);
        assertThat(weight(g, "st.Clamp", "st.Limits", FIELD)).isEqualTo(2);
        assertThat(g.stats().methodCalls().external()).isEqualTo(2);
        assertThat(g.stats().references().unresolved()).isZero();
    }

    @Test
    void inheritedMembersResolveToTheTypeThatDeclaresThem() {
        CodeGraph g = Fixtures.analyze("inheritance-members");
        assertThat(weight(g, "inh.Derived", "inh.Base", EXTENDS)).isEqualTo(1);
        assertThat(weight(g, "inh.Base", "inh.Named", IMPLEMENTS)).isEqualTo(1);
        // helper(), super.describe()
        assertThat(weight(g, "inh.Derived", "inh.Base", CALL)).isEqualTo(2);
        assertThat(weight(g, "inh.Derived", "inh.Base", FIELD)).isEqualTo(1);
        assertThat(weight(g, "inh.Derived", "inh.Named", CALL)).isEqualTo(1);
        assertThat(weight(g, "inh.Client", "inh.Base", CALL)).isEqualTo(1);
        assertThat(weight(g, "inh.Client", "inh.Named", CALL)).isEqualTo(1);
        assertThat(weight(g, "inh.Client", "inh.Derived", CALL)).isEqualTo(2);
        assertThat(weight(g, "inh.Derived", "inh.Base", ANNOTATION)).isZero();
    }

    @Test
    void enumConstantsRecordComponentsAndPatternsResolve() {
        CodeGraph g = Fixtures.analyze("enums-and-records");
        assertThat(weight(g, "er.Color", "er.Palette", CALL)).isEqualTo(1);
        // color.code(), valueOf(..) and its .code(); p.color().name() is Enum.name, external
        assertThat(weight(g, "er.Shapes", "er.Color", CALL)).isEqualTo(3);
        // p.x(), p.color(), p.y()
        assertThat(weight(g, "er.Shapes", "er.Point", CALL)).isEqualTo(3);
        // case RED, case GREEN
        assertThat(weight(g, "er.Shapes", "er.Color", FIELD)).isEqualTo(2);
        assertThat(weight(g, "er.Shapes", "er.Point", TYPE_USE)).isEqualTo(3);
        assertThat(weight(g, "er.Point", "er.Color", FIELD)).isEqualTo(1);
        assertThat(g.stats().methodCalls().unresolved()).isZero();
    }

    @Test
    void syntaxErrorsAreReportedWithTheirLineAndTheFileIsStillANode() {
        CodeGraph g = Fixtures.analyze("broken-syntax");
        assertThat(g.nodes()).extracting(Node::id).containsExactly("broken.Broken", "broken.Good");
        assertThat(g.stats().problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("src/main/java/broken/Broken.java"))
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(9));
        assertThat(weight(g, "broken.Broken", "broken.Good", CALL)).isEqualTo(1);
    }

    @Test
    void filesNotInUtf8AreReadAsLatin1AndReported() {
        CodeGraph g = Fixtures.analyze("not-utf8");
        assertThat(g.stats().problems()).extracting(Problem::file).containsExactly("src/main/java/enc/Latin.java");
        assertThat(weight(g, "enc.Latin", "enc.Plain", CALL)).isEqualTo(1);
    }

    @Test
    void filesOverTheSizeLimitAreSkippedAndReported() {
        CodeGraph g = Fixtures.analyze("huge-file");
        assertThat(g.nodes()).extracting(Node::id).containsExactly("huge.Small");
        assertThat(g.stats().files()).isEqualTo(2);
        assertThat(g.stats().problems()).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("src/main/java/huge/Big.java"));
        assertThat(g.stats().references().unresolved()).isEqualTo(1);
    }
}
