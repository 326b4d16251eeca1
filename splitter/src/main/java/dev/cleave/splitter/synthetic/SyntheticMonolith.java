package dev.cleave.splitter.synthetic;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.EntryPoint;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.ProjectInfo;
import dev.cleave.model.Resolution;
import dev.cleave.model.Service;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates code graphs of legacy monoliths with a known ("planted") decomposition, for scale and quality tests
 * of splitting. Services of varied sizes, each with controllers (HTTP entry points), services, repositories,
 * entities (each mapping its own table) and DTOs; a shared utility layer used everywhere; hubs (targets are skewed
 * towards a few classes of each block); {@code co-change} edges. A share {@code noise} of the edges between
 * classes of services crosses planted services, and a repository whose table edge crosses reads the other
 * service's table. Deterministic for a spec (seeded {@link SplittableRandom}); O(classes + edges log edges):
 * 100,000 classes and ~1,000,000 edges in a few seconds.
 */
public final class SyntheticMonolith {
    private SyntheticMonolith() {
    }

    /**
     * A generated monolith.
     *
     * @param graph   the code graph, nodes with stereotypes, tables and entry points
     * @param planted the decomposition it was generated from: one service per planted service (owning its
     *                tables), the utility layer as {@code shared}
     */
    public record Generated(CodeGraph graph, Plan planted) {
    }

    public static Generated generate(SyntheticSpec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        Layout layout = new Layout(spec, random);
        EdgeSampler sampler = new EdgeSampler(layout, spec, random).sample();
        long[] packed = sampler.edges();
        List<List<TableUse>> tables = tables(layout, sampler.tableAccesses());
        Node[] nodes = new Node[layout.classes];
        long lines = 0;
        for (int c = 0; c < layout.classes; c++) {
            nodes[layout.rank[c]] = node(layout, c, tables.get(c), 20 + random.nextInt(380));
            lines += nodes[layout.rank[c]].lines();
        }
        List<Edge> edges = new ArrayList<>(packed.length);
        EdgeKind[] kinds = EdgeKind.values();
        for (long e : packed) {
            int[] d = EdgeSampler.decode(e);
            edges.add(new Edge(nodes[d[0]].id(), nodes[d[1]].id(), kinds[d[2]], d[3]));
        }
        GraphStats stats = new GraphStats(layout.classes, layout.classes, lines, Resolution.NONE, Resolution.NONE,
                Map.of(), List.of());
        ProjectInfo project = new ProjectInfo("synthetic-" + layout.classes + "-" + spec.seed(), "/synthetic",
                List.of("src/main/java"), List.of(), 0);
        return new Generated(CodeGraph.of(project, stats, List.of(nodes), edges), planted(layout));
    }

    private static Node node(Layout layout, int c, List<TableUse> tables, int lines) {
        Role role = layout.role[c];
        String id = layout.ids[c];
        String simple = id.substring(id.lastIndexOf('.') + 1);
        List<EntryPoint> entryPoints = role == Role.CONTROLLER
                ? List.of(new EntryPoint("GET", "/api/" + layout.packageOf(layout.service[c]) + "/"
                        + simple.toLowerCase(java.util.Locale.ROOT), "list"))
                : List.of();
        return new Node(id, role.kind, "src/main/java/" + id.replace('.', '/') + ".java", lines, List.of(),
                List.of(role.stereotype), tables, entryPoints, false);
    }

    /** Entities map their table; repositories read (and every other one writes) the tables they have edges to. */
    private static List<List<TableUse>> tables(Layout layout, int[] accesses) {
        List<List<TableUse>> tables = new ArrayList<>(layout.classes);
        for (int c = 0; c < layout.classes; c++) {
            tables.add(layout.role[c] == Role.ENTITY ? new ArrayList<>(List.of(new TableUse(tableOf(layout, c),
                    TableAccess.MAPS))) : new ArrayList<>());
        }
        for (int i = 0; i < accesses.length; i += 2) {
            int repository = accesses[i];
            String table = tableOf(layout, accesses[i + 1]);
            tables.get(repository).add(new TableUse(table, TableAccess.READS));
            if (repository % 2 == 0) {
                tables.get(repository).add(new TableUse(table, TableAccess.WRITES));
            }
        }
        return tables;
    }

    private static String tableOf(Layout layout, int entity) {
        int s = layout.service[entity];
        return layout.table(s, entity - layout.base[s][Role.ENTITY.ordinal()]);
    }

    private static Plan planted(Layout layout) {
        List<List<String>> members = new ArrayList<>();
        List<List<String>> owned = new ArrayList<>();
        for (int s = 0; s < layout.services; s++) {
            members.add(new ArrayList<>());
            owned.add(new ArrayList<>());
        }
        List<String> shared = new ArrayList<>();
        for (int c = 0; c < layout.classes; c++) {
            int s = layout.service[c];
            (s < 0 ? shared : members.get(s)).add(layout.ids[c]);
            if (layout.role[c] == Role.ENTITY) {
                owned.get(s).add(tableOf(layout, c));
            }
        }
        List<Service> services = new ArrayList<>();
        for (int s = 0; s < layout.services; s++) {
            services.add(Service.of(layout.serviceName(s), members.get(s)).withTables(owned.get(s)));
        }
        return Plan.of(services, shared);
    }
}
