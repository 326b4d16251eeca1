package dev.cleave.analyzer.internal.facts;

import dev.cleave.analyzer.internal.facts.TypeFacts.EntityUse;
import dev.cleave.model.EntryPoint;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Mutable facts of one type while they are gathered; {@link #build} freezes them. */
final class FactsBuilder {
    /** Roles that are never "stateful": data carriers. */
    private static final Set<Stereotype> DATA = EnumSet.of(Stereotype.ENTITY, Stereotype.EMBEDDABLE,
            Stereotype.MAPPED_SUPERCLASS, Stereotype.DTO, Stereotype.EXCEPTION);

    final Set<String> annotations = new TreeSet<>();
    final Set<Stereotype> stereotypes = EnumSet.noneOf(Stereotype.class);
    final Set<TableUse> tables = new TreeSet<>();
    final Set<EntryPoint> entryPoints = new TreeSet<>();
    boolean stateful;
    String entityName;
    String entityTable;
    final Set<EntityUse> entityUses = new TreeSet<>();
    final Set<String> supertypes = new TreeSet<>();
    final Set<String> stateFields = new TreeSet<>();
    boolean singleton;
    final Set<String> servletHandlers = new TreeSet<>();
    final Set<TypeFacts.BeanName> beanNames = new TreeSet<>();
    final List<String> spelBeans = new ArrayList<>();

    FactsBuilder() {
    }

    FactsBuilder(TypeFacts f) {
        annotations.addAll(f.annotations());
        stereotypes.addAll(f.stereotypes());
        tables.addAll(f.tables());
        entryPoints.addAll(f.entryPoints());
        stateful = f.stateful();
        entityName = f.entityName();
        entityTable = f.entityTable();
        entityUses.addAll(f.entityUses());
        supertypes.addAll(f.supertypes());
        stateFields.addAll(f.stateFields());
        singleton = f.singleton();
        servletHandlers.addAll(f.servletHandlers());
        beanNames.addAll(f.beanNames());
        spelBeans.addAll(f.spelBeans());
    }

    /** Data carriers (entities, DTOs, exceptions) never count as stateful. */
    boolean isData() {
        return stereotypes.stream().anyMatch(DATA::contains);
    }

    /** Instance state fields minus those the given properties (set from XML) fill. */
    boolean hasStateBeyond(Set<String> injected) {
        Set<String> left = new HashSet<>(stateFields);
        left.removeAll(injected);
        return !left.isEmpty();
    }

    TypeFacts build() {
        return new TypeFacts(annotations, stereotypes, tables, entryPoints, stateful && !isData(), entityName,
                entityTable, entityUses, supertypes, stateFields, singleton, servletHandlers, beanNames, spelBeans);
    }
}
