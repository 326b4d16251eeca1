package dev.cleave.codegen.internal.source;

import java.util.Comparator;
import java.util.List;

/**
 * A method of a bean type that another service calls: what its generated client and facade expose.
 *
 * @param type       the bean type that declares or inherits it
 * @param name       method name
 * @param parameters source text of the parameter types, fully qualified, type variables replaced by their bound
 * @param names      parameter names (from the source when known, else arg0, arg1...)
 * @param returns    source text of the result type, fully qualified ({@code void} for none)
 */
public record Operation(String type, String name, List<String> parameters, List<String> names, String returns)
        implements Comparable<Operation> {
    private static final Comparator<Operation> ORDER = Comparator.comparing(Operation::type)
            .thenComparing(Operation::name).thenComparing(o -> String.join(",", o.parameters()));

    public Operation {
        parameters = List.copyOf(parameters);
        names = List.copyOf(names);
    }

    /** Identity of the operation in wiring and URLs: {@code fqn#name(T1,T2)}. */
    public String key() {
        return type + "#" + name + "(" + String.join(",", parameters) + ")";
    }

    @Override
    public int compareTo(Operation o) {
        return ORDER.compare(this, o);
    }
}
