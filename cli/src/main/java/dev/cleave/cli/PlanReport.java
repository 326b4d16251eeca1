package dev.cleave.cli;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.model.Service;
import dev.cleave.splitter.PlanScorer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A plan's services with their sizes, and its metrics, as printed by split and metrics. */
final class PlanReport {
    private static final int TRANSACTIONAL_LISTED = 10;

    private PlanReport() {
    }

    static String render(CodeGraph graph, Plan plan, PlanMetrics m) {
        Map<String, Node> nodes = graph.nodes().stream().collect(Collectors.toMap(Node::id, Function.identity()));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-24s %7s %7s %8s  %s%n", "service", "classes", "lines", "entries", "tables"));
        for (Service s : plan.services()) {
            long lines = s.classes().stream().map(nodes::get).filter(n -> n != null).mapToLong(Node::lines).sum();
            long entries = s.classes().stream().map(nodes::get).filter(n -> n != null)
                    .mapToLong(n -> n.entryPoints().size()).sum();
            out.append(String.format(Locale.ROOT, "%-24s %7d %7d %8d  %s%n", s.name(), s.classes().size(), lines,
                    entries, String.join(", ", s.tables())));
        }
        out.append(String.format(Locale.ROOT, "%-24s %7d%n", "(shared library)", plan.shared().size()));
        if (!plan.unassigned().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%-24s %7d  (no references at all: see the plan)%n", Plan.UNASSIGNED,
                    plan.unassigned().size()));
        }
        out.append(String.format(Locale.ROOT, "Metrics: SM %.3f (higher is better)  ICP %.3f  IFN %.2f  NED %.3f"
                        + " (lower is better)  Q %.3f  table ownership %.2f%n", m.sm(), m.icp(), m.ifn(), m.ned(),
                m.modularity(), m.tableOwnership()));
        out.append(String.format(Locale.ROOT, "         %d services, %d classes in services, %d cross-service edges,"
                + " %d operations would become remote calls%n", m.services(), m.classes(), m.crossEdges(), m.remoteOps()));
        List<String> transactional = PlanScorer.crossTransactionalCalls(graph, plan);
        out.append(String.format(Locale.ROOT, "         %d call%s from a transactional class to a business class of"
                + " another service (each would leave the caller's transaction)%s%n", transactional.size(),
                transactional.size() == 1 ? "" : "s", transactional.isEmpty() ? "" : ":"));
        transactional.stream().limit(TRANSACTIONAL_LISTED).forEach(c -> out.append("           ").append(c).append('\n'));
        if (transactional.size() > TRANSACTIONAL_LISTED) {
            out.append("           ... ").append(transactional.size() - TRANSACTIONAL_LISTED).append(" more\n");
        }
        return out.toString();
    }
}
