package dev.cleave.analyzer.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateRulesTest {

    private static TypeFacts facts(String source, String fqn) {
        return Facts.of(source).get(fqn);
    }

    @Test
    void serviceWithACacheFilledAtRunTimeIsStateful() {
        TypeFacts facts = facts("""
                package p;
                import java.util.*;
                import org.springframework.stereotype.Service;
                @Service public class PriceService {
                    private final Map<String, Long> cache = new HashMap<>();
                    private int hits;
                    long price(String sku) { hits++; return cache.computeIfAbsent(sku, k -> 1L); }
                }
                """, "p.PriceService");

        assertThat(facts.stateful()).isTrue();
        assertThat(facts.stateFields()).containsExactly("cache", "hits");
    }

    @Test
    void injectedAndConstructorSetFieldsAreNotState() {
        TypeFacts facts = facts("""
                package p;
                import org.springframework.beans.factory.annotation.Autowired;
                import org.springframework.beans.factory.annotation.Value;
                import org.springframework.stereotype.Service;
                import org.slf4j.Logger;
                @Service public class OrderService {
                    private static final Logger LOG = null;
                    private static final int MAX = 3;
                    @Autowired private Repo repo;
                    @Value("${x}") private String x;
                    private Clock clock;
                    private final java.util.List<String> names = new java.util.ArrayList<>();
                    OrderService(Clock clock) { this.clock = clock; names.add("init"); }
                    @Autowired void setRepo(Repo repo) { this.repo = repo; }
                    void place(String name) { String clock = name; java.util.List<String> names = null; names.add(clock); }
                }
                """, "p.OrderService");

        assertThat(facts.stateFields()).isEmpty();
        assertThat(facts.stateful()).isFalse();
    }

    @Test
    void nonFinalStaticFieldsAreStateForAnyTypeButConstantsAndLoggersAreNot() {
        assertThat(facts("package p; class Counter { static int count; }", "p.Counter").stateful()).isTrue();
        assertThat(facts("package p; class Registry { static final java.util.Map<String,String> M = new java.util.HashMap<>();"
                + " static void reg(String k) { M.put(k, k); } }", "p.Registry").stateful()).isTrue();
        assertThat(facts("package p; class Codes { static final java.util.Map<String,String> M = new java.util.HashMap<>();"
                + " static { M.put(\"a\", \"b\"); } static String get(String k) { return M.get(k); } }", "p.Codes")
                .stateful()).isFalse();
        assertThat(facts("package p; class Legacy { static String DEFAULT_NAME = \"x\"; "
                + "private static org.apache.log4j.Logger log; }", "p.Legacy").stateful()).isFalse();
    }

    @Test
    void instanceFieldsMatterOnlyInSingletonScopedTypes() {
        String body = " { private String last; void remember(String s) { last = s; } }";
        assertThat(facts("package p; public class Plain" + body, "p.Plain").stateful()).isFalse();
        assertThat(facts("package p; @org.springframework.stereotype.Controller public class Web" + body, "p.Web")
                .stateful()).isTrue();
        assertThat(facts("package p; import org.springframework.context.annotation.Scope; "
                + "@org.springframework.stereotype.Component @Scope(\"prototype\") public class Proto" + body, "p.Proto")
                .stateful()).isFalse();
        assertThat(facts("package p; public class Servlet extends javax.servlet.http.HttpServlet" + body, "p.Servlet")
                .stateful()).isTrue();
        assertThat(facts("package p; @javax.ejb.Stateful public class Cart" + body, "p.Cart").stateful()).isTrue();
        assertThat(facts("package p; @javax.ejb.Stateless public class Pricing" + body, "p.Pricing").stateful()).isFalse();
        assertThat(facts("package p; public class LoginAction extends org.apache.struts.action.Action" + body,
                "p.LoginAction").stateful()).isTrue();
    }

    @Test
    void mutatorNamesCountOnlyOnCollectionsAndLifecycleMethodsAreSetUp() {
        TypeFacts facts = facts("""
                package p;
                import javax.servlet.*;
                public class AuthFilter implements Filter {
                    private final CartService carts = null;
                    private final java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();
                    private String token;
                    public void init(FilterConfig c) { token = c.getInitParameter("t"); }
                    public void destroy() { token = null; }
                    public void doFilter(ServletRequest q, ServletResponse r, FilterChain ch) {
                        carts.add(token);
                        hits.incrementAndGet();
                    }
                }
                """, "p.AuthFilter");

        assertThat(facts.stateFields()).containsExactly("hits");
        assertThat(facts.stateful()).isTrue();
    }

    @Test
    void entitiesAndDtosAreNeverStateful() {
        assertThat(facts("package p; @javax.persistence.Entity public class Order { static int seq; "
                + "private int qty; void add() { qty++; } }", "p.Order").stateful()).isFalse();
        assertThat(facts("package p; public class OrderDto { static int created; }", "p.OrderDto").stateful()).isFalse();
    }
}
