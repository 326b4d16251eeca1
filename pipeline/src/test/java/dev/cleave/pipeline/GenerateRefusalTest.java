package dev.cleave.pipeline;

import dev.cleave.codegen.GenerationException;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A monolith Cleave cannot generate (no Spring Boot application, no servlets, no Java EE entry point) is refused
 * before the heavy work: the graph is never asked for (no analysis), and its sources are never parsed, so files that
 * are not Java at all do not change the reason given.
 */
class GenerateRefusalTest {
    private static final String GARBAGE = "this is not Java {{{ at all ;;; class\n";
    private static final Plan PLAN = Plan.of(List.of(Service.of("orders", List.of("com.acme.orders.Order"))),
            List.of());

    @TempDir
    Path dir;

    @Test
    void noEntryPointIsRefusedBeforeTheGraphIsMadeAndTheSourcesParsed() throws IOException {
        Path monolith = monolith(false);
        AtomicInteger analyses = new AtomicInteger();
        Path output = dir.resolve("out");

        assertThatThrownBy(() -> Stages.generate(counting(analyses), PLAN, monolith, output, List.of(), false))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("has neither a @SpringBootApplication class nor servlets")
                .hasMessageNotContaining("cannot parse");
        assertThat(analyses).hasValue(0);
        assertThat(output).doesNotExist();
    }

    @Test
    void withAnEntryPointTheGraphIsMadeAndTheGarbageIsFoundByTheParse() throws IOException {
        Path monolith = monolith(true);
        AtomicInteger analyses = new AtomicInteger();

        // a pom-type entry: a classpath given (Maven is not asked for one) that holds no classes
        List<Path> classpath = List.of(dir.resolve("bom.pom"));

        assertThatThrownBy(() -> Stages.generate(counting(analyses), PLAN, monolith, dir.resolve("out"), classpath,
                false))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("cannot parse");
        assertThat(analyses).hasValue(1);
    }

    /** A monolith whose every source is garbage; with an application class when {@code boot}. */
    private Path monolith(boolean boot) throws IOException {
        Path root = dir.resolve("monolith");
        Path sources = Files.createDirectories(root.resolve("src/main/java/com/acme/orders"));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.writeString(sources.resolve("Order.java"), GARBAGE);
        Files.writeString(sources.resolve("OrderService.java"), GARBAGE);
        if (boot) {
            Files.writeString(sources.resolve("ShopApplication.java"), "package com.acme.orders;\n\n"
                    + "@org.springframework.boot.autoconfigure.SpringBootApplication\nclass ShopApplication {\n}\n");
        }
        return root;
    }

    private static Supplier<CodeGraph> counting(AtomicInteger analyses) {
        return () -> {
            analyses.incrementAndGet();
            return null;
        };
    }
}
