package dev.cleave.analyzer.internal.facts;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The project classes that the sources give a bean name: the names given explicitly ({@code @Service("x")}, a
 * {@code @Bean} method's names for the project type it returns), else Spring's default name of a bean class
 * without an explicit name ({@code OwnershipCheck} → {@code ownershipCheck}). Built once all facts are known.
 */
final class BeanNames {
    private final Map<String, Set<String>> explicit = new TreeMap<>();
    private final Map<String, Set<String>> byDefault = new TreeMap<>();

    /**
     * @param builders facts per top-level type
     * @param types    the project's types, to fold the types {@code @Bean} methods return into top-level types
     * @param bean     whether a type is a bean class (annotated component, XML bean...)
     */
    BeanNames(Map<String, FactsBuilder> builders, XmlTypes types, Predicate<String> bean) {
        Set<String> named = new HashSet<>();
        builders.forEach((fqn, b) -> b.beanNames.forEach(n -> types.resolve(n.type()).ifPresent(t -> {
            explicit.computeIfAbsent(n.name(), k -> new TreeSet<>()).add(t);
            if (t.equals(fqn)) {
                named.add(fqn);
            }
        })));
        builders.keySet().stream().filter(t -> bean.test(t) && !named.contains(t)).forEach(t ->
                byDefault.computeIfAbsent(XmlTypes.beanName(t), k -> new TreeSet<>()).add(t));
    }

    /** The project classes of the beans so named, sorted: those named explicitly, else by default; maybe none. */
    Set<String> classesOf(String name) {
        Set<String> found = explicit.get(name);
        return found != null ? found : byDefault.getOrDefault(name, Set.of());
    }
}
