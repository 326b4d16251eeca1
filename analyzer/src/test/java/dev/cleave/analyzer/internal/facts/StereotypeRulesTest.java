package dev.cleave.analyzer.internal.facts;

import static dev.cleave.model.Stereotype.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Stereotype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StereotypeRulesTest {

    private static java.util.Set<Stereotype> of(String source, String fqn) {
        return Facts.of(source).get(fqn).stereotypes();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "javax.persistence.Entity|class|ENTITY",
            "jakarta.persistence.Embeddable|class|EMBEDDABLE",
            "jakarta.persistence.MappedSuperclass|class|MAPPED_SUPERCLASS",
            "org.springframework.stereotype.Repository|class|REPOSITORY",
            "org.springframework.stereotype.Service|class|SERVICE",
            "org.springframework.stereotype.Component|class|COMPONENT",
            "org.springframework.stereotype.Controller|class|CONTROLLER",
            "org.springframework.web.bind.annotation.RestController|class|CONTROLLER",
            "org.springframework.web.bind.annotation.ControllerAdvice|class|COMPONENT",
            "org.springframework.context.annotation.Configuration|class|CONFIGURATION",
            "javax.ejb.Stateless|class|EJB",
            "jakarta.ejb.Stateful|class|EJB",
            "javax.ejb.MessageDriven|class|EJB MESSAGE_LISTENER",
            "jakarta.servlet.annotation.WebServlet|class|SERVLET",
            "javax.servlet.annotation.WebFilter|class|FILTER",
            "javax.servlet.annotation.WebListener|class|LISTENER",
            "jakarta.ws.rs.Path|class|JAX_RS_RESOURCE",
            "jakarta.inject.Named|class|COMPONENT",
            "jakarta.enterprise.context.ApplicationScoped|class|COMPONENT",
            "org.apache.ibatis.annotations.Mapper|interface|MAPPER",
            "net.sourceforge.stripes.action.UrlBinding|class|CONTROLLER",
    })
    void typeAnnotationsGiveRoles(String annotation, String kind, String expected) {
        String simple = annotation.substring(annotation.lastIndexOf('.') + 1);
        String source = "package p; import " + annotation + "; @" + simple + " public " + kind + " Thing {}";
        assertThat(of(source, "p.Thing")).containsExactlyInAnyOrder(roles(expected));
    }

    @Test
    void springBootApplicationIsConfigurationAndApplication() {
        assertThat(of("""
                package p;
                import org.springframework.boot.autoconfigure.SpringBootApplication;
                @SpringBootApplication public class ShopApp {}
                """, "p.ShopApp")).containsExactly(CONFIGURATION, APPLICATION);
    }

    @Test
    void memberAnnotationsGiveRolesToTheirType() {
        assertThat(of("""
                package p;
                import org.springframework.stereotype.Component;
                import org.springframework.scheduling.annotation.Scheduled;
                import org.springframework.kafka.annotation.KafkaListener;
                import org.springframework.context.event.EventListener;
                @Component public class Jobs {
                    @Scheduled(cron = "0 0 * * * *") void nightly() {}
                    @KafkaListener(topics = "orders") void onOrder(String m) {}
                    @EventListener void onEvent(Object e) {}
                }
                """, "p.Jobs")).containsExactly(COMPONENT, LISTENER, MESSAGE_LISTENER, SCHEDULED);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "javax.servlet.http.HttpServlet|extends HttpServlet|SERVLET",
            "jakarta.servlet.Filter|implements Filter|FILTER",
            "javax.servlet.ServletContextListener|implements ServletContextListener|LISTENER",
            "java.util.TimerTask|extends TimerTask|SCHEDULED",
            "org.quartz.Job|implements Job|SCHEDULED",
            "org.apache.struts.action.Action|extends Action|CONTROLLER",
            "com.opensymphony.xwork2.ActionSupport|extends ActionSupport|CONTROLLER",
            "net.sourceforge.stripes.action.ActionBean|implements ActionBean|CONTROLLER",
            "org.apache.struts.action.ActionForm|extends ActionForm|DTO",
            "javax.jms.MessageListener|implements MessageListener|MESSAGE_LISTENER",
            "javax.ejb.SessionBean|implements SessionBean|EJB",
            "java.io.IOException|extends IOException|EXCEPTION",
    })
    void libraryTypesItExtendsGiveRoles(String imported, String clause, String expected) {
        String source = "package p; import " + imported + "; public class Thing " + clause + " {}";
        assertThat(of(source, "p.Thing")).containsExactlyInAnyOrder(roles(expected));
    }

    @Test
    void springDataRepositoryInterfaceIsARepository() {
        assertThat(of("""
                package p;
                import org.springframework.data.jpa.repository.JpaRepository;
                public interface Orders extends JpaRepository<Order, Long> {}
                """, "p.Orders")).containsExactly(REPOSITORY);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "class OrderDao {}|REPOSITORY",
            "class OrderDAOImpl {}|REPOSITORY",
            "class OrderService {}|SERVICE",
            "class OrderServiceImpl {}|SERVICE",
            "class BillingFacade {}|SERVICE",
            "class OrderFacadeBean implements OrderFacade {} interface OrderFacade {}|SERVICE",
            "class OrderController {}|CONTROLLER",
            "class SaveOrderAction {}|CONTROLLER",
            "class OrderDto { String id; }|DTO",
            "class LoginForm {}|DTO",
            "class CreateOrderRequest {}|DTO",
            "class OutOfStockException extends ShopException {}|EXCEPTION",
            "class Money { private Money() {} static int cents(int e) { return e * 100; } }|UTILITY",
            "class StringUtils { static boolean empty(String s) { return s == null; } }|UTILITY",
            "class Keys { private Keys() {} static final String A = \"a\"; public static final int B = 2; }|CONSTANTS",
            "interface Codes { String OK = \"ok\"; }|CONSTANTS",
    })
    void namesAndShapesAreTheFallback(String source, String expected) {
        String type = source.split("\\s+")[source.startsWith("interface") ? 1 : 1];
        assertThat(of("package p; " + source, "p." + type)).containsExactly(roles(expected));
    }

    @Test
    void annotationsWinOverNames() {
        assertThat(of("""
                package p;
                import org.springframework.stereotype.Service;
                @Service public class OrderDao {}
                """, "p.OrderDao")).containsExactly(SERVICE);
    }

    @Test
    void plainClassesGetNoRole() {
        assertThat(of("package p; public class Order { int x; void bump() { x++; } }", "p.Order")).isEmpty();
        assertThat(of("package p; class Holder { private Holder() {} }", "p.Holder")).isEmpty();
    }

    @Test
    void mainMethodMakesAnApplication() {
        assertThat(of("package p; public class Tool { public static void main(String[] args) {} }", "p.Tool"))
                .containsExactly(APPLICATION);
    }

    @Test
    void wildcardImportsOfKnownPackagesAreFollowedAndAmbiguousNamesAreNotGuessed() {
        assertThat(of("package p; import javax.ejb.*; @Singleton public class Cache {}", "p.Cache"))
                .containsExactly(EJB);
        assertThat(of("package p; import javax.inject.*; @Singleton public class Cache {}", "p.Cache"))
                .containsExactly(COMPONENT);
        assertThat(of("package p; @Singleton public class Cache {}", "p.Cache")).isEmpty();
        assertThat(of("package p; @Entity public class Cache {}", "p.Cache")).containsExactly(ENTITY);
    }

    @Test
    void reportedAnnotationsAreResolvedNamesOrAsWritten() {
        TypeFacts facts = Facts.of("""
                package p;
                import javax.persistence.Entity;
                import javax.persistence.*;
                @Entity @Table(name = "t") @Audited
                public class Thing { @Id Long id; void m(@Deprecated String x) {} }
                """).get("p.Thing");
        // Id and Table come through a wildcard import the resolver left open and are not roles we know: as written
        assertThat(facts.annotations()).containsExactly("Audited", "Id", "Table", "javax.persistence.Entity");
    }

    @Test
    void subclassesOfProjectServletsAndActionsInheritTheirRole() {
        Facts facts = Facts.of("""
                package p;
                import javax.servlet.http.HttpServlet;
                public abstract class BaseServlet extends HttpServlet {}
                """, "package p; public class LoginServlet extends BaseServlet {}",
                "package p; public class Plain extends Object {}");
        assertThat(facts.get("p.LoginServlet").stereotypes()).containsExactly(SERVLET);
        assertThat(facts.get("p.LoginServlet").singleton()).isTrue();
        assertThat(facts.get("p.Plain").stereotypes()).isEmpty();
    }

    @Test
    void typesInTestSourceFoldersAndTypesWithTestMethodsAreTests() {
        Facts facts = Facts.ofFixture("layout-maven-multimodule", true);

        assertThat(facts.get("com.acme.core.MoneyTest").stereotypes()).containsExactly(TEST);
        assertThat(facts.get("com.acme.core.test.TestData").stereotypes()).doesNotContain(TEST);
        assertThat(of("package p; class Checks { @org.junit.jupiter.api.Test void adds() {} }", "p.Checks"))
                .containsExactly(TEST);
    }

    private static Stereotype[] roles(String names) {
        return java.util.Arrays.stream(names.split(" ")).map(Stereotype::valueOf).toArray(Stereotype[]::new);
    }
}
