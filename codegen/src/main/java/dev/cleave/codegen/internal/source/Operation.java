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
 * @param exceptions the exceptions the method declares ({@code throws}), fully qualified: a client declares them too,
 *                   so its callers' {@code catch} blocks compile, and the facade passes them back as they are
 */
public record Operation(String type, String name, List<String> parameters, List<String> names, String returns,
                        List<String> exceptions)
        implements Comparable<Operation> {
    private static final Comparator<Operation> ORDER = Comparator.comparing(Operation::type)
            .thenComparing(Operation::name).thenComparing(o -> String.join(",", o.parameters()));

    public Operation {
        parameters = List.copyOf(parameters);
        names = List.copyOf(names);
        exceptions = List.copyOf(exceptions);
    }

    /** An operation that declares no exceptions. */
    public Operation(String type, String name, List<String> parameters, List<String> names, String returns) {
        this(type, name, parameters, names, returns, List.of());
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
