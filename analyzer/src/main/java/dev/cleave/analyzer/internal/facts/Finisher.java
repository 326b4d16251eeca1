package dev.cleave.analyzer.internal.facts;

import dev.cleave.analyzer.internal.facts.TypeFacts.EntityUse;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Problem;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The cross-file step of {@link FactsExtractor}: attaches descriptor facts, lets subtypes inherit the roles of
 * project supertypes (a subclass of a project servlet is a servlet), re-decides state for types that descriptors
 * made singletons, turns JPQL entity names and repository entities into tables, and makes TABLE edges and the edges
 * descriptors state (Spring wiring as FIELD, MyBatis and Struts uses as TYPE_USE), and FIELD edges to the beans that
 * Spring expressions in annotations name.
 */
final class Finisher {
    /** Roles a subclass inherits from a project supertype. */
    private static final Set<Stereotype> INHERITED = EnumSet.of(Stereotype.SERVLET, Stereotype.FILTER,
            Stereotype.LISTENER, Stereotype.EXCEPTION, Stereotype.SCHEDULED, Stereotype.MESSAGE_LISTENER,
            Stereotype.CONTROLLER, Stereotype.REPOSITORY, Stereotype.TEST);
    private static final Set<Stereotype> SHARED_INSTANCE_ROLES = EnumSet.of(Stereotype.SERVLET, Stereotype.FILTER,
            Stereotype.LISTENER, Stereotype.CONTROLLER);
    /** Roles that make a class a bean an XML bean name may refer to without saying where beans are scanned. */
    private static final Set<Stereotype> BEANS = EnumSet.of(Stereotype.COMPONENT, Stereotype.SERVICE,
            Stereotype.REPOSITORY, Stereotype.CONTROLLER, Stereotype.MAPPER, Stereotype.CONFIGURATION);
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
        List<Edge> xmlEdges = xmlEdges(projectTypes, builders);
        builders.forEach(this::attachDescriptors);
        inherit(builders);
        builders.forEach(this::decideState);
        entityTables(builders);
        reportUnknownNamespaces(projectTypes);
        List<Edge> edges = new ArrayList<>(TableEdges.of(builders, projectTypes));
        edges.addAll(xmlEdges);
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

    /**
     * Links the descriptors to the project's types (before their facts are attached: linking adds the tables MyBatis
     * maps classes to) and returns the edges they state (Spring wiring, MyBatis and Struts uses) and the FIELD edges of
     * bean names in annotations' expressions between project types, one per pair and kind, weighing the mentions. A problem a linker reports twice is reported once.
     */
    private List<Edge> xmlEdges(Set<String> projectTypes, Map<String, FactsBuilder> builders) {
        Predicate<String> bean = fqn -> Stream.concat(
                builders.containsKey(fqn) ? builders.get(fqn).stereotypes.stream() : Stream.empty(),
                descriptors.stereotypes.getOrDefault(fqn, Set.of()).stream()).anyMatch(BEANS::contains);
        BeanNames beanNames = new BeanNames(builders, new XmlTypes(projectTypes, bean), bean);
        XmlTypes types = new XmlTypes(projectTypes, bean, beanNames::classesOf);
        List<DescriptorFacts.Wire> wires = new ArrayList<>();
        Set<Problem> reported = new LinkedHashSet<>();
        descriptors.linkers.forEach(linker -> linker.link(types, wires, reported::add));
        reported.forEach(problems);
        spelWires(builders, types, beanNames, wires);
        Map<DescriptorFacts.Wire, Integer> counts = new TreeMap<>(Comparator.comparing(DescriptorFacts.Wire::from)
                .thenComparing(DescriptorFacts.Wire::to).thenComparing(DescriptorFacts.Wire::kind));
        for (DescriptorFacts.Wire wire : wires) {
            if (projectTypes.contains(wire.from()) && projectTypes.contains(wire.to())
                    && !wire.from().equals(wire.to())) {
                counts.merge(wire, 1, Integer::sum);
            }
        }
        List<Edge> edges = new ArrayList<>();
        counts.forEach((wire, n) -> edges.add(new Edge(wire.from(), wire.to(), wire.kind(), n)));
        return edges;
    }

    /**
     * A type depends on every bean its annotations' Spring expressions name ({@code @PreAuthorize("@guard.ok()")}),
     * as on a bean it is wired to: a FIELD wire per mention to each class defining a bean of that name (in XML, or
     * in the sources). A name no project class defines (a library's bean) gives none.
     */
    private void spelWires(Map<String, FactsBuilder> builders, XmlTypes types, BeanNames beanNames,
                           List<DescriptorFacts.Wire> wires) {
        builders.forEach((fqn, b) -> b.spelBeans.forEach(name -> {
            Set<String> classes = new TreeSet<>(descriptors.xmlBeans.apply(name, types));
            classes.addAll(beanNames.classesOf(name));
            classes.forEach(to -> wires.add(new DescriptorFacts.Wire(fqn, to, EdgeKind.FIELD)));
        }));
    }
}
