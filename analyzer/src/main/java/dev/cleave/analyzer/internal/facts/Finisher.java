package dev.cleave.analyzer.internal.facts;

import dev.cleave.analyzer.internal.facts.TypeFacts.EntityUse;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Problem;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The cross-file step of {@link FactsExtractor}: attaches descriptor facts, lets subtypes inherit the roles of
 * project supertypes (a subclass of a project servlet is a servlet), re-decides state for types that descriptors
 * made singletons, turns JPQL entity names and repository entities into tables, and makes TABLE and XML-wiring
 * FIELD edges.
 */
final class Finisher {
    /** Roles a subclass inherits from a project supertype. */
    private static final Set<Stereotype> INHERITED = EnumSet.of(Stereotype.SERVLET, Stereotype.FILTER,
            Stereotype.LISTENER, Stereotype.EXCEPTION, Stereotype.SCHEDULED, Stereotype.MESSAGE_LISTENER,
            Stereotype.CONTROLLER, Stereotype.REPOSITORY, Stereotype.TEST);
    private static final Set<Stereotype> SHARED_INSTANCE_ROLES = EnumSet.of(Stereotype.SERVLET, Stereotype.FILTER,
            Stereotype.LISTENER, Stereotype.CONTROLLER);
    private static final int MAX_HIERARCHY = 32;

    private final DescriptorFacts descriptors;
    private final Consumer<Problem> problems;

    Finisher(DescriptorFacts descriptors, Consumer<Problem> problems) {
        this.descriptors = descriptors;
        this.problems = problems;
    }

    FactsResult finish(Map<String, TypeFacts> all, Set<String> projectTypes) {
        Map<String, FactsBuilder> builders = new TreeMap<>();
        all.forEach((fqn, facts) -> builders.put(fqn, new FactsBuilder(facts)));
        builders.forEach(this::attachDescriptors);
        inherit(builders);
        builders.forEach(this::decideState);
        entityTables(builders);
        reportUnknownNamespaces(projectTypes);
        List<Edge> edges = new ArrayList<>(TableEdges.of(builders, projectTypes));
        edges.addAll(wiringEdges(projectTypes));
        Map<String, TypeFacts> facts = new TreeMap<>();
        builders.forEach((fqn, b) -> facts.put(fqn, b.build()));
        return new FactsResult(facts, edges);
    }

    private void attachDescriptors(String fqn, FactsBuilder b) {
        b.stereotypes.addAll(descriptors.stereotypes.getOrDefault(fqn, Set.of()));
        b.entryPoints.addAll(descriptors.entryPoints.getOrDefault(fqn, Set.of()));
        b.entryPoints.addAll(EntryPointRules.servlet(descriptors.servletPatterns.getOrDefault(fqn, List.of()),
                b.servletHandlers));
        b.tables.addAll(descriptors.tables.getOrDefault(fqn, Set.of()));
        JpaRules.Entity entity = descriptors.entities.get(fqn);
        if (entity != null && b.entityName == null) {
            b.entityName = entity.name();
            b.entityTable = entity.table();
        }
        b.singleton |= descriptors.singletons.contains(fqn);
    }

    /** Adds the inherited roles (and shared-instance scope) of project supertypes, transitively. */
    private static void inherit(Map<String, FactsBuilder> builders) {
        for (int round = 0; round < MAX_HIERARCHY; round++) {
            boolean changed = false;
            for (FactsBuilder b : builders.values()) {
                for (String supertype : b.supertypes) {
                    FactsBuilder parent = builders.get(supertype);
                    if (parent == null || parent == b) {
                        continue;
                    }
                    for (Stereotype role : parent.stereotypes) {
                        changed |= INHERITED.contains(role) && b.stereotypes.add(role);
                    }
                    boolean shared = parent.singleton
                            && parent.stereotypes.stream().anyMatch(SHARED_INSTANCE_ROLES::contains);
                    if (shared && !b.singleton) {
                        b.singleton = changed = true;
                    }
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    private void decideState(String fqn, FactsBuilder b) {
        Set<String> injected = descriptors.injected.getOrDefault(fqn, Set.of());
        if (b.singleton && b.hasStateBeyond(injected)) {
            b.stateful = true;
        }
    }

    private static void entityTables(Map<String, FactsBuilder> builders) {
        Map<String, String> tableByEntity = new HashMap<>();
        builders.forEach((fqn, b) -> {
            if (b.entityTable != null) {
                tableByEntity.put(fqn, b.entityTable);
                tableByEntity.putIfAbsent(b.entityName, b.entityTable);
            }
        });
        for (FactsBuilder b : builders.values()) {
            for (EntityUse use : b.entityUses) {
                String table = tableByEntity.get(use.entity());
                if (table != null) {
                    b.tables.add(new TableUse(table, use.access()));
                }
            }
        }
    }

    private void reportUnknownNamespaces(Set<String> projectTypes) {
        for (DescriptorFacts.Namespace ns : descriptors.namespaces) {
            if (!projectTypes.contains(ns.fqn())) {
                problems.accept(new Problem(ns.file(), ns.line(), "mapper namespace " + ns.fqn()
                        + " names no type of the project: its statements are not attributed"));
            }
        }
    }

    private List<Edge> wiringEdges(Set<String> projectTypes) {
        Map<List<String>, Integer> counts = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (DescriptorFacts.Wire wire : descriptors.wiring) {
            if (projectTypes.contains(wire.from()) && projectTypes.contains(wire.to())
                    && !wire.from().equals(wire.to())) {
                counts.merge(List.of(wire.from(), wire.to()), 1, Integer::sum);
            }
        }
        List<Edge> edges = new ArrayList<>();
        counts.forEach((pair, n) -> edges.add(new Edge(pair.get(0), pair.get(1), EdgeKind.FIELD, n)));
        return edges;
    }
}
