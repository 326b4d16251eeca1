package dev.cleave.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Beans that Spring expressions in annotations and XML values name are dependencies of the type naming them. */
class SpelBeanReferencesTest {

    @Test
    void beansNamedInExpressionsAreFieldEdgesToTheClassesDefiningThem(@TempDir Path dir) throws IOException {
        write(dir, "shop/security/Roles.java", """
                package shop.security;
                import org.springframework.stereotype.Component;
                @Component
                public class Roles { public final String ADMIN = "ADMIN"; }
                """);
        write(dir, "shop/security/OwnershipCheck.java", """
                package shop.security;
                import org.springframework.stereotype.Component;
                @Component("ownership")
                public class OwnershipCheck { public boolean isOwner(Long id) { return true; } }
                """);
        write(dir, "shop/pricing/Pricing.java", """
                package shop.pricing;
                public class Pricing { public double getDefaultRate() { return 1; } }
                """);
        write(dir, "shop/pricing/Ticker.java", """
                package shop.pricing;
                public class Ticker { public String getCron() { return "0 0 * * * *"; } }
                """);
        write(dir, "shop/config/PricingConfig.java", """
                package shop.config;
                import org.springframework.context.annotation.Bean;
                import org.springframework.context.annotation.Configuration;
                import shop.pricing.Pricing;
                import shop.pricing.Ticker;
                @Configuration
                public class PricingConfig {
                    @Bean public Pricing pricing() { return null; }
                    @Bean("clock") public Ticker ticker() { return null; }
                }
                """);
        write(dir, "shop/web/OrderController.java", """
                package shop.web;
                import org.springframework.beans.factory.annotation.Value;
                import org.springframework.scheduling.annotation.Scheduled;
                import org.springframework.security.access.prepost.PreAuthorize;
                import org.springframework.web.bind.annotation.*;
                @RestController
                public class OrderController {
                    private final double rate;
                    OrderController(@Value("#{@pricing.defaultRate}") double rate) { this.rate = rate; }
                    @PreAuthorize("hasRole(@roles.ADMIN) and @ownership.isOwner(#id)")
                    @GetMapping("/orders/{id}") public String get(@PathVariable Long id) { return "x"; }
                    @PreAuthorize("@nowhere.allows(#id) or principal.username == 'ops@roles.example'")
                    @GetMapping("/orders/{id}/notes") public String notes(@PathVariable Long id) { return "x"; }
                    @Description("ask admin@roles.example or @roles.ADMIN") @Value("#{admin@roles.example}")
                    private String contact;
                    @Scheduled(cron = "#{@clock.cron}") void tick() { }
                }
                """);
        write(dir, "shop/jobs/Settings.java", """
                package shop.jobs;
                public class Settings { public int getTimeout() { return 5; } }
                """);
        write(dir, "shop/jobs/Nightly.java", """
                package shop.jobs;
                public class Nightly { public void setTimeout(int t) { } }
                """);
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("applicationContext.xml"), """
                <beans xmlns="http://www.springframework.org/schema/beans">
                  <bean id="settings" class="shop.jobs.Settings"/>
                  <bean id="nightly" class="shop.jobs.Nightly">
                    <property name="timeout" value="#{@settings.timeout * 2}"/>
                  </bean>
                </beans>
                """);

        CodeGraph graph = Analyzer.analyze(AnalyzerOptions.of(dir).withGitCommits(0));

        assertThat(graph.edges().stream().filter(e -> e.kind() == EdgeKind.FIELD)).containsExactlyInAnyOrder(
                field("shop.jobs.Nightly", "shop.jobs.Settings"),
                field("shop.web.OrderController", "shop.pricing.Pricing"),
                field("shop.web.OrderController", "shop.pricing.Ticker"),
                field("shop.web.OrderController", "shop.security.OwnershipCheck"),
                field("shop.web.OrderController", "shop.security.Roles"));
        assertThat(graph.stats().problems()).isEmpty();
    }

    private static Edge field(String from, String to) {
        return new Edge(from, to, EdgeKind.FIELD, 1);
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Path path = dir.resolve("src/main/java").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
