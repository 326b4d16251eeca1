package dev.cleave.analyzer.internal.facts;

import dev.cleave.model.EntryPoint;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one top-level type is, does and touches. The first five components become the graph node's facts; the
 * others carry what {@link FactsExtractor#finish} needs across files. Collections are sorted and unmodifiable.
 *
 * @param annotations     fully-qualified names (as written when unresolvable) of the annotations on the type and
 *                        its members
 * @param stereotypes     roles recognised so far
 * @param tables          tables mapped or queried (names lower case, no schema); JPQL is added by finish
 * @param entryPoints     HTTP entry points
 * @param stateful        holds state that would not survive replication ({@link StateRules})
 * @param entityName      JPA entity name (for JPQL), null unless an entity
 * @param entityTable     the entity's primary table, null unless an entity
 * @param entityUses      entities the type queries: JPQL entity names, or entity FQNs a Spring Data repository
 *                        manages; finish turns them into tables
 * @param supertypes      resolved names of the types the top-level type extends or implements
 * @param stateFields     instance fields that hold state (singleton-scoped types turn stateful with them)
 * @param singleton       whether one instance serves all requests (servlet, Spring bean, EJB singleton...)
 * @param servletHandlers servlet handler methods the type overrides ({@code doGet}, {@code service}...)
 * @param beanNames       bean names the type gives explicitly ({@code @Service("x")}, {@code @Bean} methods)
 * @param spelBeans       bean names its annotations' Spring expressions refer to, once per mention, sorted
 */
public record TypeFacts(Set<String> annotations, Set<Stereotype> stereotypes, Set<TableUse> tables,
                        Set<EntryPoint> entryPoints, boolean stateful, String entityName, String entityTable,
                        Set<EntityUse> entityUses, Set<String> supertypes, Set<String> stateFields,
                        boolean singleton, Set<String> servletHandlers, Set<BeanName> beanNames,
                        List<String> spelBeans) {
    public TypeFacts {
        annotations = sorted(annotations);
        stereotypes = stereotypes.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(stereotypes));
        tables = sorted(tables);
        entryPoints = sorted(entryPoints);
        entityUses = sorted(entityUses);
        supertypes = sorted(supertypes);
        stateFields = sorted(stateFields);
        servletHandlers = sorted(servletHandlers);
        beanNames = sorted(beanNames);
        spelBeans = spelBeans.stream().sorted().toList();
    }

    /** A bean name and the type (as resolved, maybe a library's) of the bean it names. */
    public record BeanName(String name, String type) implements Comparable<BeanName> {
        @Override
        public int compareTo(BeanName o) {
            int c = name.compareTo(o.name);
            return c != 0 ? c : type.compareTo(o.type);
        }
    }

    /** An entity a type queries, and how. */
    public record EntityUse(String entity, dev.cleave.model.TableAccess access) implements Comparable<EntityUse> {
        @Override
        public int compareTo(EntityUse o) {
            int c = entity.compareTo(o.entity);
            return c != 0 ? c : access.compareTo(o.access);
        }
    }

    private static <T extends Comparable<? super T>> Set<T> sorted(Set<T> values) {
        return Collections.unmodifiableSet(new TreeSet<>(values));
    }
}
