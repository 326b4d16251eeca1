package dev.cleave.splitter.internal.domain;

import dev.cleave.model.Algorithm;
import dev.cleave.model.Constraints;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import dev.cleave.model.TableUse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a {@link Proposal.Result} into a {@link Plan}: services with their classes, pins and owned tables, shared
 * and unassigned classes, the algorithm and the constraints as given. A table whose owning class is not in a
 * service goes to the service with most classes using it.
 */
public final class PlanAssembly {
    private PlanAssembly() {
    }

    public static Plan plan(Proposal.Result r, Constraints constraints, Algorithm algorithm) {
        Facts facts = r.facts();
        int k = r.names().length;
        List<List<String>> classes = new ArrayList<>();
        List<List<String>> tables = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            classes.add(new ArrayList<>());
            tables.add(new ArrayList<>());
        }
        List<String> shared = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        for (int v = 0; v < facts.size(); v++) {
            int p = r.place()[v];
            if (p >= 0) {
                classes.get(p).add(facts.id(v));
            } else if (p == Layout.UNASSIGNED) {
                unassigned.add(facts.id(v));
            } else {
                shared.add(facts.id(v));
            }
        }
        r.tableOwners().forEach((table, owner) -> {
            int c = r.place()[owner] >= 0 ? r.place()[owner] : mostUsing(r, table);
            if (c >= 0) {
                tables.get(c).add(table);
            }
        });
        List<Service> services = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            String name = r.names()[c];
            List<String> pinned = classes.get(c).stream().filter(cls -> name.equals(constraints.pins().get(cls)))
                    .toList();
            services.add(new Service(name, classes.get(c), pinned, tables.get(c), 0, Map.of()));
        }
        return new Plan(Plan.SCHEMA_VERSION, "", algorithm, null, services, shared, unassigned, List.of(),
                constraints);
    }

    private static int mostUsing(Proposal.Result r, String table) {
        Map<Integer, Integer> users = new TreeMap<>();
        for (int v = 0; v < r.facts().size(); v++) {
            for (TableUse use : r.facts().node(v).tables()) {
                if (use.table().equals(table) && r.place()[v] >= 0) {
                    users.merge(r.place()[v], 1, Integer::sum);
                }
            }
        }
        return users.entrySet().stream().max((a, b) -> a.getValue().equals(b.getValue())
                ? b.getKey() - a.getKey() : a.getValue() - b.getValue()).map(Map.Entry::getKey).orElse(-1);
    }
}
