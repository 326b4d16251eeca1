package com.acme.shop.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private final TemplateRenderer renderer = new TemplateRenderer();

    @Test
    void replacesKnownPlaceholdersAndKeepsUnknownOnes() {
        assertThat(renderer.render("Hi {{ firstName }}, order {{orderNumber}} {{missing}}",
                Map.of("firstName", "Ada", "orderNumber", "ORD-1")))
                .isEqualTo("Hi Ada, order ORD-1 {{missing}}");
    }

    @Test
    void valuesWithDollarSignsAreInsertedLiterally() {
        assertThat(renderer.render("{{total}}", Map.of("total", "$5"))).isEqualTo("$5");
    }
}
