package dev.cleave.codegen.internal.source;

import com.github.javaparser.resolution.MethodUsage;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The abstract methods of one of the monolith's interfaces (its own and those it inherits, from its own interfaces
 * and from libraries), as a class implementing it must declare them: those whose arguments and result travel between
 * services as JSON, and the others ({@code MultipartFile} arguments, a Spring Data {@code Page} result).
 *
 * @param type       the interface
 * @param travelling methods a client can forward to the service owning the implementation
 * @param staying    methods that cannot travel: only a local implementation can serve them
 */
public record InterfaceMethods(String type, Set<Operation> travelling, Set<Operation> staying) {
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

    public InterfaceMethods {
        travelling = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(travelling));
        staying = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(staying));
    }

    /**
     * The methods of {@code type}; empty when a class cannot implement it as generated code would write it: not an
     * interface, a generic one, a generic method, or a type the symbol solver cannot resolve.
     */
    public static Optional<InterfaceMethods> of(Facts facts, String type) {
        SourceType t = facts.monolith().type(type);
        if (t == null || !t.isInterface()
                || !t.declaration().asClassOrInterfaceDeclaration().getTypeParameters().isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<String, ResolvedType> bindings = new HashMap<>();
            Map<String, Operation> travelling = new LinkedHashMap<>();
            Map<String, Operation> staying = new LinkedHashMap<>();
            Travels travels = new Travels(facts);
            for (MethodUsage m : Operations.allMethods(t, bindings)) {
                ResolvedMethodDeclaration d = m.getDeclaration();
                boolean objectMethod = OBJECT_METHODS.contains(m.getName()) && m.getNoParams() == (m.getName()
                        .equals("equals") ? 1 : 0);
                if (d.isStatic() || !d.isAbstract() || objectMethod) {
                    continue;
                }
                if (!d.getTypeParameters().isEmpty()) {
                    return Optional.empty();
                }
                Operation op = Operations.operation(type, m, bindings);
                if (travelling.containsKey(op.key()) || staying.containsKey(op.key())) {
                    continue;
                }
                (travels.signature(m, bindings) ? travelling : staying).put(op.key(), op);
            }
            return Optional.of(new InterfaceMethods(type, new TreeSet<>(travelling.values()),
                    new TreeSet<>(staying.values())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every method, sorted. */
    public Set<Operation> all() {
        Set<Operation> all = new TreeSet<>(travelling);
        all.addAll(staying);
        return all;
    }
}
