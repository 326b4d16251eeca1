package dev.cleave.codegen.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpelBeansTest {

    @Test
    void eachReferenceComesWithTheMemberItCallsOrReads() {
        assertThat(SpelBeans.inExpression("hasRole(@roles.ADMIN) and @ownership . isOwner (#id) or @'a.b'?.ok()"))
                .containsExactly(new SpelBeans.Use("roles", "ADMIN", false),
                        new SpelBeans.Use("ownership", "isOwner", true), new SpelBeans.Use("a.b", "ok", true));
        assertThat(SpelBeans.inExpression("@flags")).containsExactly(new SpelBeans.Use("flags", "", false));
    }

    @Test
    void mailAddressesStringLiteralsAndTextOutsideTemplatesAreNoReferences() {
        assertThat(SpelBeans.inExpression("admin@example.com == 'x@y.z' or @@a")).isEmpty();
        assertThat(SpelBeans.inTemplates("@outside #{@pricing.defaultRate * 2} @after"))
                .containsExactly(new SpelBeans.Use("pricing", "defaultRate", false));
    }
}
