package dev.cleave.analyzer.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.EntryPoint;
import org.junit.jupiter.api.Test;

class EntryPointRulesTest {

    @Test
    void springMappingsCombineTheClassPrefixWithEveryMethodPath() {
        TypeFacts facts = Facts.of("""
                package p;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping({"/api/orders", "/v1/orders/"})
                public class OrderController {
                    static final String BY_ID = "/{id}";
                    @GetMapping List<Object> all() { return null; }
                    @GetMapping(BY_ID) Object one(long id) { return null; }
                    @PostMapping(path = {"", "/bulk"}) void add() {}
                    @RequestMapping(value = "/{id}", method = {RequestMethod.PUT, RequestMethod.PATCH}) void put() {}
                    @RequestMapping("/search") void search() {}
                    @DeleteMapping(value = Routes.ONE) void remove() {}
                    void helper() {}
                }
                """).get("p.OrderController");

        assertThat(facts.entryPoints()).containsExactlyInAnyOrder(
                new EntryPoint("GET", "/api/orders", "all"),
                new EntryPoint("POST", "/api/orders", "add"),
                new EntryPoint("POST", "/api/orders/bulk", "add"),
                new EntryPoint("*", "/api/orders/search", "search"),
                new EntryPoint("GET", "/api/orders/{id}", "one"),
                new EntryPoint("PATCH", "/api/orders/{id}", "put"),
                new EntryPoint("PUT", "/api/orders/{id}", "put"),
                new EntryPoint("DELETE", "/api/orders/{Routes.ONE}", "remove"),
                new EntryPoint("GET", "/v1/orders", "all"),
                new EntryPoint("POST", "/v1/orders", "add"),
                new EntryPoint("POST", "/v1/orders/bulk", "add"),
                new EntryPoint("*", "/v1/orders/search", "search"),
                new EntryPoint("GET", "/v1/orders/{id}", "one"),
                new EntryPoint("PATCH", "/v1/orders/{id}", "put"),
                new EntryPoint("PUT", "/v1/orders/{id}", "put"),
                new EntryPoint("DELETE", "/v1/orders/{Routes.ONE}", "remove"));
    }

    @Test
    void springMethodsWithoutAClassMappingAreRootedAtSlash() {
        TypeFacts facts = Facts.of("""
                package p;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.GetMapping;
                @Controller class Home { @GetMapping String index() { return "index"; } @GetMapping("about") String about() { return "about"; } }
                """).get("p.Home");

        assertThat(facts.entryPoints()).containsExactly(new EntryPoint("GET", "/", "index"),
                new EntryPoint("GET", "/about", "about"));
    }

    @Test
    void jaxRsResourcesJoinClassAndMethodPathsAndSkipLocatorsAndTheApplicationPath() {
        Facts facts = Facts.ofFixture("jaxrs");

        assertThat(facts.get("com.acme.api.OrderResource").entryPoints()).containsExactlyInAnyOrder(
                new EntryPoint("GET", "/orders", "list"),
                new EntryPoint("GET", "/orders/{id}", "get"),
                new EntryPoint("DELETE", "/orders/{Paths.ID}", "delete"),
                new EntryPoint("POST", "/orders/{id}/lines", "addLine"));
        assertThat(facts.get("com.acme.api.ShopApplication").entryPoints()).isEmpty();
        assertThat(facts.get("com.acme.api.OrderResource").stereotypes())
                .containsExactly(dev.cleave.model.Stereotype.JAX_RS_RESOURCE);
    }

    @Test
    void annotatedServletsServeTheirPatternsWithTheHandlersTheyOverride() {
        Facts facts = Facts.of("""
                package p;
                import javax.servlet.annotation.WebServlet;
                import javax.servlet.http.*;
                @WebServlet(urlPatterns = {"/login", "/signin"})
                public class LoginServlet extends HttpServlet {
                    protected void doGet(HttpServletRequest q, HttpServletResponse r) {}
                    protected void doPost(HttpServletRequest q, HttpServletResponse r) {}
                }
                """, """
                package p;
                @javax.servlet.annotation.WebServlet("/report/*")
                public class ReportServlet extends javax.servlet.http.HttpServlet {
                    public void service(Object q, Object r) {}
                }
                """, """
                package p;
                @javax.servlet.annotation.WebServlet(value = "/health")
                public class HealthServlet extends javax.servlet.http.HttpServlet {}
                """);

        assertThat(facts.get("p.LoginServlet").entryPoints()).containsExactly(
                new EntryPoint("GET", "/login", "doGet"), new EntryPoint("POST", "/login", "doPost"),
                new EntryPoint("GET", "/signin", "doGet"), new EntryPoint("POST", "/signin", "doPost"));
        assertThat(facts.get("p.ReportServlet").entryPoints()).containsExactly(
                new EntryPoint("*", "/report/*", "service"));
        assertThat(facts.get("p.HealthServlet").entryPoints()).containsExactly(
                new EntryPoint("*", "/health", "service"));
    }

    @Test
    void stripesActionBeansServeTheirBindingWithEveryResolutionHandler() {
        TypeFacts facts = Facts.of("""
                package p;
                import net.sourceforge.stripes.action.*;
                @UrlBinding("/catalog/Product.action")
                public class ProductActionBean implements ActionBean {
                    @DefaultHandler public Resolution view() { return null; }
                    public Resolution search() { return null; }
                    public String getKeyword() { return null; }
                    private Resolution hidden() { return null; }
                }
                """).get("p.ProductActionBean");

        assertThat(facts.entryPoints()).containsExactly(
                new EntryPoint("*", "/catalog/Product.action", "search"),
                new EntryPoint("*", "/catalog/Product.action", "view"));
        assertThat(facts.stereotypes()).containsExactly(dev.cleave.model.Stereotype.CONTROLLER);
    }
}
