package dev.cleave.codegen.internal.layout;

import dev.cleave.codegen.internal.source.Operation;
import java.util.Set;

/**
 * The bean a service gets for an interface of the shared library whose implementations all belong to one other
 * service: a generated class {@code <Interface>CleaveClient} implementing the interface, whose methods call that
 * service's facade over HTTP. The operations it forwards are the service's clients' entry for the interface.
 *
 * @param owner    the service owning the implementations, which serves the calls
 * @param beanName the bean name of the monolith's one implementation (the one it gave explicitly, else Spring's
 *                 default), kept so that a lookup by that name finds the client; "" when there are several
 * @param staying  the interface's methods whose arguments or result cannot travel as JSON; the service's code calls
 *                 none of them (else it gets a copy of the implementation instead), and the client refuses them
 */
public record InterfaceClient(String owner, String beanName, Set<Operation> staying) {
    public InterfaceClient {
        staying = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(staying));
    }

    /** The name of the generated class implementing {@code type}. */
    public static String className(String type) {
        return type + "CleaveClient";
    }
}
