package dev.cleave.codegen.internal.layout;

import dev.cleave.codegen.GenerationException;
import dev.cleave.codegen.internal.source.Facts;
import dev.cleave.codegen.internal.source.MemberUses;
import dev.cleave.codegen.internal.source.Operation;
import dev.cleave.codegen.internal.source.PlainComponents;
import dev.cleave.codegen.internal.source.Role;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The beans of other services that one service's code uses, with the operations it calls on each: every bean it
 * neither owns, shares nor copies, and every class the plan's wiring switches to remote (a repository, say).
 */
final class ClientOperations {
    private ClientOperations() {
    }

    static Map<String, Set<Operation>> of(Facts facts, Plan plan, Service service, Set<String> copies,
                                          Set<String> shared, Set<String> switchedRemote,
                                          Map<String, PlainComponents.Component> components) {
        Set<String> files = new TreeSet<>(service.classes());
        files.addAll(copies);
        Set<String> remote = new TreeSet<>();
        for (String file : files) {
            for (String ref : facts.references(file)) {
                boolean called = facts.role(ref) == Role.BEAN || switchedRemote.contains(ref);
                if (called && !service.classes().contains(ref) && !shared.contains(ref) && !copies.contains(ref)) {
                    if (plan.serviceOf(ref) == null) {
                        throw new GenerationException(file + " (service '" + service.name() + "') uses bean " + ref
                                + ", which the plan puts in no service; add " + ref + " to a service or to 'shared'");
                    }
                    remote.add(ref);
                }
            }
        }
        // a plain class of a servlet application: its client stands in for all of it, whatever the code calls
        Set<String> plain = new TreeSet<>(remote);
        plain.retainAll(components.keySet());
        remote.removeAll(plain);
        Map<String, Set<Operation>> clients = new java.util.TreeMap<>(MemberUses.of(facts, files, remote));
        plain.forEach(t -> clients.put(t, components.get(t).operations()));
        return clients;
    }
}
