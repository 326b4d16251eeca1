package dev.cleave.web.ui;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import dev.cleave.model.TableUse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why the plan looks as it does, for the proposal page's "Why" view: what each service is built around (the entry
 * points it serves, the tables it owns, the words its classes are named after) and, for each class of the shared
 * library, the splitter's reasons for sharing it ({@link dev.cleave.splitter.ClassExplanation#reasons()}). The
 * services' part is O(V) over the graph and the current plan, so it follows every edit.
 */
final class PlanWhy {
    /** Entry points listed per service; the rest are counted. */
    static final int ENTRY_POINTS_SHOWN = 8;

    private PlanWhy() {
    }

    /**
     * What one service is built around.
     *
     * @param entryPoints     "METHOD path" of up to {@link #ENTRY_POINTS_SHOWN} entry points, sorted by path
     * @param entryPointCount all its entry points
     * @param tables          tables the plan gives it (owned)
     * @param otherTables     tables its classes use that the plan gives to another service, or to none
     * @param stems           the domain words most of its class names share, most frequent first
     * @param pinned          its pinned classes
     */
    record ServiceWhy(String name, int classes, long lines, List<String> entryPoints, int entryPointCount,
                      List<String> tables, List<String> otherTables, List<String> stems, int pinned) {
    }

    /** One class of the shared library and the splitter's reasons for sharing it (empty when it gives none). */
    record SharedWhy(String className, String simpleName, List<String> reasons) {
    }

    record Why(List<ServiceWhy> services, List<SharedWhy> shared) {
    }

    /** @param sharedReasons the splitter's reasons of each shared class, by class name */
    static Why of(CodeGraph graph, Plan plan, Map<String, List<String>> sharedReasons) {
        List<ServiceWhy> services = plan.services().stream().map(s -> service(graph, s)).toList();
        List<SharedWhy> shared = plan.shared().stream().map(c -> new SharedWhy(c, c.substring(c.lastIndexOf('.') + 1),
                sharedReasons.getOrDefault(c, List.of()))).toList();
        return new Why(services, shared);
    }

    private static ServiceWhy service(CodeGraph graph, Service s) {
        Set<String> entryPoints = new TreeSet<>((a, b) -> {
            int c = a.substring(a.indexOf(' ') + 1).compareTo(b.substring(b.indexOf(' ') + 1));
            return c != 0 ? c : a.compareTo(b);
        });
        Set<String> used = new TreeSet<>();
        long lines = 0;
        List<String> names = new ArrayList<>();
        for (String cls : s.classes()) {
            Node n = graph.node(cls);
            if (n == null) {
                continue;
            }
            lines += n.lines();
            names.add(n.simpleName());
            n.entryPoints().forEach(e -> entryPoints.add(e.method() + " " + e.path()));
            n.tables().stream().map(TableUse::table).forEach(used::add);
        }
        List<String> others = used.stream().filter(t -> !s.tables().contains(t)).toList();
        return new ServiceWhy(s.name(), s.classes().size(), lines,
                entryPoints.stream().limit(ENTRY_POINTS_SHOWN).toList(), entryPoints.size(), s.tables(), others,
                NameStems.common(names), s.pinned().size());
    }
}
