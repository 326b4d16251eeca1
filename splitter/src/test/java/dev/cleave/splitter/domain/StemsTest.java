package dev.cleave.splitter.domain;

import dev.cleave.splitter.internal.domain.Stems;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StemsTest {

    @Test
    void splitsCamelCaseAcronymsAndDigits() {
        assertThat(Stems.words("OrderLineDto")).containsExactly("order", "line", "dto");
        assertThat(Stems.words("XMLOrderExporter2")).containsExactly("xml", "order", "exporter2");
    }

    @Test
    void theStemStopsAtTheFirstTechnicalWord() {
        assertThat(Stems.stem("OrderServiceImpl")).containsExactly("order");
        assertThat(Stems.stem("CatalogSearchServlet")).containsExactly("catalog", "search");
        assertThat(Stems.stem("ServiceLocator")).containsExactly("service", "locator");
    }

    @Test
    void prefixesAreWholeWords() {
        assertThat(Stems.startsWith(List.of("order", "line"), List.of("order"))).isTrue();
        assertThat(Stems.startsWith(List.of("orders"), List.of("order"))).isFalse();
        assertThat(Stems.startsWith(List.of("order"), List.of())).isFalse();
    }
}
