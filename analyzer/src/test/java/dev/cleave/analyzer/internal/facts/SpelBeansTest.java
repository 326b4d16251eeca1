package dev.cleave.analyzer.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpelBeansTest {

    @Test
    void beanReferencesAreFoundOutsideStringLiteralsOncePerMention() {
        assertThat(SpelBeans.inExpression("hasRole(@roles.ADMIN) and @ownership.isOwner(#id) or @roles.x"))
                .containsExactly("roles", "ownership", "roles");
        assertThat(SpelBeans.inExpression("@'my.bean'.ok() and @x?.y")).containsExactly("my.bean", "x");
        assertThat(SpelBeans.inExpression("'it''s @quoted' == \"@also\" and @after")).containsExactly("after");
    }

    @Test
    void mailAddressesDoubledAtSignsAndLoneAtSignsAreNoReferences() {
        assertThat(SpelBeans.inExpression("admin@example.com @@x a.@b @ (@)")).isEmpty();
    }

    @Test
    void onlyTemplatesOfAPlainValueAreExpressions() {
        assertThat(SpelBeans.inTemplates("@outside #{@a.b + {1,2}.size()} and #{ '}' + @c } @d"))
                .containsExactly("a", "c");
        assertThat(SpelBeans.inTemplates("no template @here")).isEmpty();
        assertThat(SpelBeans.inTemplates("#{@open")).containsExactly("open");
    }
}
