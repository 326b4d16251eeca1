package dev.cleave.codegen.internal.emit;

import dev.cleave.codegen.internal.source.Facts;
import dev.cleave.codegen.internal.source.MonolithBuild;
import java.util.List;
import java.util.regex.Pattern;

/**
 * HTTP sessions shared by all services. A monolith that keeps state in its HTTP session (server-side pages, flash
 * attributes after a redirect, {@code @SessionAttributes}, {@code HttpSession}) had one session per browser; split
 * into services behind one gateway, each service would keep its own and lose what another stored. Spring Session
 * over the shared database gives all services the one session again (cookie {@code SESSION}); the database module
 * creates its tables once.
 */
public final class Sessions {
    private static final List<String> VIEWS = List.of("thymeleaf", "freemarker", "mustache", "groovy-templates",
            "jasper", "jstl");
    private static final Pattern USES = Pattern.compile(
            "\\b(HttpSession|SessionAttributes|SessionAttribute|RedirectAttributes|SessionScope|SessionStatus"
                    + "|SCOPE_SESSION)\\b|@Scope\\(\\s*(?:(?:value|scopeName)\\s*=\\s*)?\"session\"");

    private Sessions() {
    }

    /**
     * Whether the monolith keeps state in HTTP sessions (a server-side view technology, or session APIs in its code)
     * and has a database to share them through. Decided once per generation ({@link Context#sharedSessions()}).
     */
    public static boolean needed(MonolithBuild build, Facts facts, boolean embedded) {
        if (!embedded && !build.hasDependencyLike("jdbc") && !build.hasDependencyLike("jpa")) {
            return false;
        }
        return VIEWS.stream().anyMatch(build::hasDependencyLike)
                || facts.monolith().types().values().stream().anyMatch(t -> USES.matcher(t.text()).find());
    }

    /**
     * Whether the session state of a servlet web application stays in one service: no pages (a JSP reads the session
     * of whichever service renders it), no shared class using sessions, and the classes that use them in one service.
     * That service keeps its sessions in its memory, as the monolith did, and nothing needs to travel: objects a
     * Java EE application keeps there (a stateful bean) need not be serializable.
     */
    public static boolean confined(Facts facts, java.util.List<dev.cleave.codegen.internal.layout.ServiceLayout> services,
                                   java.util.Set<String> shared, boolean pages) {
        if (pages) {
            return false;
        }
        java.util.Set<String> users = new java.util.TreeSet<>();
        facts.monolith().types().values().stream().filter(t -> USES.matcher(t.text()).find())
                .forEach(t -> users.add(t.fqn()));
        if (users.stream().anyMatch(shared::contains)) {
            return false;
        }
        long holding = services.stream().filter(s -> users.stream()
                .anyMatch(u -> s.own().contains(u) || s.copies().contains(u))).count();
        return holding <= 1;
    }

    /** The Spring Session JDBC dependency of the monolith's Boot generation (a starter from Boot 4 on). */
    static String dependency(Context c) {
        return c.poms().build().bootMajor() >= 4
                ? c.poms().dependency("org.springframework.boot", "spring-boot-starter-session-jdbc", null)
                : c.poms().dependency("org.springframework.session", "spring-session-jdbc", null);
    }
}
