package dev.cleave.web.ui;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.model.Service;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the proposal page shows: columns of class cards and the metrics panel. */
final class PlanPage {
    private PlanPage() {
    }

    /** One class card. */
    record Card(String fqn, String simpleName, String packageName, String stereotype, int lines, List<String> tables,
                List<String> entryPoints, boolean pinned) {
        public String title() {
            StringBuilder t = new StringBuilder(fqn);
            if (!tables.isEmpty()) {
                t.append("\ntables: ").append(String.join(", ", tables));
            }
            if (!entryPoints.isEmpty()) {
                t.append("\nentry points: ").append(String.join(", ", entryPoints));
            }
            return t.toString();
        }
    }

    /** One column: a service, the shared library or the unassigned classes. */
    record Column(String name, String label, boolean service, List<Card> cards, List<String> tables, int port,
                  long lines) {
        public int size() {
            return cards.size();
        }
    }

    /**
     * One metric with how to read it.
     *
     * @param label  its name in words, with the abbreviation the literature uses
     * @param better "higher", "lower" or "" (neither)
     * @param help   one line on what it measures
     */
    record Metric(String key, String label, String value, String better, String help) {
        public String reading() {
            return better.isEmpty() ? help : help + " · " + better + " is better";
        }
    }

    static List<Column> columns(Plan plan, CodeGraph graph) {
        Map<String, Node> nodes = new HashMap<>();
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
        Set<String> pinned = plan.constraints().pins().keySet();
        List<Column> columns = new ArrayList<>();
        for (Service s : plan.services()) {
            List<Card> cards = cards(s.classes(), nodes, pinned);
            columns.add(new Column(s.name(), s.name(), true, cards, tables(cards, s.tables()), s.port(),
                    cards.stream().mapToLong(Card::lines).sum()));
        }
        List<Card> shared = cards(plan.shared(), nodes, pinned);
        columns.add(new Column(Plan.SHARED, "shared library", false, shared, List.of(), 0,
                shared.stream().mapToLong(Card::lines).sum()));
        if (!plan.unassigned().isEmpty()) {
            List<Card> none = cards(plan.unassigned(), nodes, pinned);
            columns.add(new Column(Plan.UNASSIGNED, "unassigned (dead code?)", false, none, List.of(), 0,
                    none.stream().mapToLong(Card::lines).sum()));
        }
        return columns;
    }

    static List<Metric> metrics(PlanMetrics m) {
        if (m == null) {
            return List.of();
        }
        return List.of(
                new Metric("sm", "Structural modularity (SM)", fmt(m.sm()), "higher",
                        "cohesion inside services minus coupling between them"),
                new Metric("icp", "Inter-service call percentage (ICP)", fmt(m.icp()), "lower",
                        "share of the call weight that crosses services"),
                new Metric("ifn", "Interface number (IFN)", fmt(m.ifn()), "lower",
                        "classes per service that other services call, on average"),
                new Metric("ned", "Non-extreme distribution (NED)", fmt(m.ned()), "lower",
                        "share of classes in services smaller than 5 or larger than 20 classes"),
                new Metric("modularity", "Modularity (Q)", fmt(m.modularity()), "higher",
                        "Newman's modularity: dependencies inside services beyond chance"),
                new Metric("tableOwnership", "Tables owned", fmt(m.tableOwnership()), "higher",
                        "share of tables only one service uses"),
                new Metric("crossEdges", "Cross-service dependencies", Integer.toString(m.crossEdges()), "lower",
                        "dependencies between classes of different services"),
                new Metric("remoteOps", "Remote operations", Integer.toString(m.remoteOps()), "lower",
                        "operations that would become remote calls"),
                new Metric("crossTransactionalCalls", "Calls leaving a transaction",
                        Integer.toString(m.crossTransactionalCalls()), "lower",
                        "calls from a transactional class to a business class of another service"),
                new Metric("services", "Services", Integer.toString(m.services()), "", "services with classes"));
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static List<Card> cards(List<String> classes, Map<String, Node> nodes, Set<String> pinned) {
        List<Card> cards = new ArrayList<>(classes.size());
        for (String fqn : classes) {
            Node n = nodes.get(fqn);
            int dot = fqn.lastIndexOf('.');
            String simple = fqn.substring(dot + 1);
            String pkg = dot < 0 ? "" : fqn.substring(0, dot);
            if (n == null) {
                cards.add(new Card(fqn, simple, pkg, "not in graph", 0, List.of(), List.of(), pinned.contains(fqn)));
                continue;
            }
            String stereotype = n.stereotypes().isEmpty() ? n.kind().name().toLowerCase(Locale.ROOT)
                    : label(n.stereotypes().get(0));
            cards.add(new Card(fqn, simple, pkg, stereotype, n.lines(),
                    n.tables().stream().map(TableUse::table).distinct().toList(),
                    n.entryPoints().stream().map(e -> e.method() + " " + e.path()).distinct().toList(),
                    pinned.contains(fqn)));
        }
        return cards;
    }

    private static String label(Stereotype s) {
        return s.toString().replace('_', ' ');
    }

    private static List<String> tables(List<Card> cards, List<String> owned) {
        Set<String> all = new TreeSet<>(owned);
        cards.forEach(c -> all.addAll(c.tables()));
        return List.copyOf(all);
    }
}
