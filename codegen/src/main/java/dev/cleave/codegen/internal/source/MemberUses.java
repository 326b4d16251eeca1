package dev.cleave.codegen.internal.source;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The operations a group of files calls on a set of bean types, with full signatures: in code, and in Spring
 * expressions of annotations ({@code @guard.allows(#id)}, {@code @pricing.rate} through its getter).
 */
public final class MemberUses {
    private MemberUses() {
    }

    /** Every target type gets an entry, with an empty set when it is only mentioned, never called. */
    public static Map<String, Set<Operation>> of(Facts facts, Collection<String> files, Set<String> targets) {
        Map<String, Map<String, Set<Integer>>> byType = new TreeMap<>();
        targets.forEach(t -> byType.put(t, new TreeMap<>()));
        for (String file : files) {
            SourceType source = facts.monolith().type(file);
            java.util.function.BiConsumer<String, Map<String, Set<Integer>>> add = (type, methods) ->
                    methods.forEach((name, arities) -> byType.get(type)
                            .computeIfAbsent(name, k -> new TreeSet<>()).addAll(arities));
            CallSites.find(source, targets, facts.names()).forEach(add);
            facts.spel().calls(source, targets).forEach(add);
        }
        Map<String, Set<Operation>> result = new TreeMap<>();
        byType.forEach((type, used) -> result.put(type, Operations.resolve(facts.monolith().type(type), used)));
        return result;
    }
}
