package dev.cleave.pipeline.gate;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import dev.cleave.model.TableUse;
import dev.cleave.splitter.PlanScorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link Rule#SHARED_TABLE}: tables mapped or queried by classes of more than one service. The key names the
 * table and the services, so another service starting to use a known shared table is a new violation. It is shown
 * at the first class (by name) using the table from a service that does not own it (else at the plan file).
 */
final class TableRule {
    private TableRule() {
    }

    static List<Violation> check(CodeGraph graph, Plan plan, Placement placement, SourceLines lines,
                                 String planFile) {
        List<Violation> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> split : PlanScorer.splitTables(graph, plan).entrySet()) {
            String table = split.getKey();
            List<String> services = split.getValue();
            String owner = plan.services().stream().filter(s -> s.tables().contains(table)).map(Service::name)
                    .findFirst().orElse(services.get(0));
            Node at = graph.nodes().stream()
                    .filter(n -> n.tables().stream().map(TableUse::table).anyMatch(table::equals))
                    .filter(n -> Plan.isService(placement.of(n.id())) && !owner.equals(placement.of(n.id())))
                    .findFirst().orElse(null);
            String message = "table " + table + " is used by services " + String.join(", ", services) + " (owner "
                    + owner + (at == null ? "" : "; here by " + at.id() + " of service " + placement.of(at.id()))
                    + "): reach it through the owner's API or move the classes that use it.";
            String key = table + ": " + String.join(",", services);
            found.add(at == null ? Violation.of(Rule.SHARED_TABLE, key, message, planFile, 0)
                    : Violation.of(Rule.SHARED_TABLE, key, message, at.sourceFile(), line(lines, at, table)));
        }
        return found;
    }

    private static int line(SourceLines lines, Node at, String table) {
        int line = lines.firstMention(at.sourceFile(), table, true);
        return line > 0 ? line : lines.declaration(at.sourceFile(), at.simpleName());
    }
}
