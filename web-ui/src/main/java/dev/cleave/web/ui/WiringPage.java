package dev.cleave.web.ui;

import dev.cleave.model.Access;
import dev.cleave.model.CallSite;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import dev.cleave.model.Wiring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the wiring step shows: each pair of services, per class crossed whether it is copied or called, and per
 * operation that crosses the places that call it.
 */
final class WiringPage {
    /** Sites listed per operation; the count says how many there are in all. */
    static final int SITES_SHOWN = 25;

    private WiringPage() {
    }

    /**
     * One class of the called service as the calling service reaches it.
     *
     * @param type       fully-qualified name
     * @param simpleName for the label
     * @param access     {@code local} or {@code remote}, switched or by default
     * @param switched   whether the plan switches it (else the default for its kind applies)
     * @param other      the access a click switches to
     * @param value      whether it is a value type, always copied (no switch)
     */
    record Target(String type, String simpleName, String access, boolean switched, String other, boolean value) {
    }

    /** A place that calls an operation: {@code place} is {@code file:line}, {@code caller} the calling class. */
    record Site(String place, String caller) {
    }

    /**
     * One operation that crosses, as the plan names it ({@code Type#method(params)} or a whole type), with the
     * number of places in the calling service that call it and the first {@link #SITES_SHOWN} of them.
     */
    record Operation(String name, int count, List<Site> sites) {
        /** The name with the type's simple name: {@code OrderRepository#findById(java.lang.Long)}. */
        public String label() {
            int hash = name.indexOf('#');
            String type = hash < 0 ? name : name.substring(0, hash);
            return type.substring(type.lastIndexOf('.') + 1) + (hash < 0 ? " (the whole class)" : name.substring(hash));
        }

        /** The sites not listed. */
        public int more() {
            return count - sites.size();
        }
    }

    /** One pair of services. */
    record Row(String from, String to, String style, List<Operation> operations, List<Target> targets) {
        public int calls() {
            return operations.stream().mapToInt(Operation::count).sum();
        }
    }

    /**
     * The classes whose call sites the rows need: those of each calling service with a call edge to a class its
     * wiring reaches.
     */
    static Set<String> callers(Plan plan, CodeGraph graph) {
        Set<String> reached = new HashSet<>();
        plan.wiring().forEach(w -> w.targets().forEach(t -> reached.add(w.from() + "\n" + t)));
        Map<String, String> places = plan.places();
        Set<String> out = new TreeSet<>();
        for (Edge e : graph.edges()) {
            if (e.kind() == EdgeKind.CALL && !e.operations().isEmpty()
                    && reached.contains(places.get(e.from()) + "\n" + e.to())) {
                out.add(e.from());
            }
        }
        return out;
    }

    /** The rows, with the operations located among {@code sites} (the call sites in {@link #callers}). */
    static List<Row> rows(Plan plan, CodeGraph graph, List<CallSite> sites) {
        Map<String, List<CallSite>> byCalled = sites.stream().collect(Collectors.groupingBy(CallSite::to));
        return plan.wiring().stream().map(w -> new Row(w.from(), w.to(), w.style(),
                operations(w, classesOf(plan, w.from()), byCalled),
                w.targets().stream().map(t -> target(w, t, graph.node(t))).toList())).toList();
    }

    private static List<Operation> operations(Wiring w, Set<String> callers, Map<String, List<CallSite>> byCalled) {
        List<Operation> out = new ArrayList<>();
        for (String op : w.operations()) {
            int hash = op.indexOf('#');
            String type = hash < 0 ? op : op.substring(0, hash);
            String method = hash < 0 ? null : op.substring(hash + 1);
            List<CallSite> at = byCalled.getOrDefault(type, List.of()).stream().filter(s -> callers.contains(s.from())
                    && (method == null || s.operation().equals(method) || nameOf(s.operation()).equals(method)))
                    .toList();
            out.add(new Operation(op, at.size(), at.stream().limit(SITES_SHOWN).map(s -> new Site(s.place(),
                    s.from().substring(s.from().lastIndexOf('.') + 1))).toList()));
        }
        return out;
    }

    private static String nameOf(String operation) {
        int paren = operation.indexOf('(');
        return paren < 0 ? operation : operation.substring(0, paren);
    }

    private static Set<String> classesOf(Plan plan, String service) {
        return plan.services().stream().filter(s -> s.name().equals(service)).findFirst().map(Service::classes)
                .map(Set::copyOf).orElse(Set.of());
    }

    private static Target target(Wiring w, String type, Node node) {
        Access access = w.accessOf(type, node);
        Access other = access == Access.LOCAL ? Access.REMOTE : Access.LOCAL;
        return new Target(type, type.substring(type.lastIndexOf('.') + 1), access.toString(),
                w.access().containsKey(type), other.toString(), !Access.switchable(node));
    }
}
