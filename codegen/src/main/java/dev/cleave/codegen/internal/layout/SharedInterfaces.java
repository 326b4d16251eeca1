package dev.cleave.codegen.internal.layout;

import dev.cleave.codegen.internal.source.Facts;
import dev.cleave.codegen.internal.source.InterfaceMethods;
import dev.cleave.codegen.internal.source.MemberUses;
import dev.cleave.codegen.internal.source.Operation;
import dev.cleave.codegen.internal.source.Role;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The interfaces that a service needs a bean of while none of the classes implementing them is in it, and no bean
 * would stand behind them without this.
 * <ul>
 *   <li>Interfaces of the shared library: the application class names such an interface
 *       ({@code CommandLineRunner start(IUserService users)}), so the interface is shared, but its implementation
 *       belongs to one service; the application class runs in every service, and so does web glue that uses the
 *       interface (a {@code UserDetailsService} every service with controllers gets).</li>
 *   <li>Interfaces the service has itself while another service has their implementations: a port the plan leaves
 *       with the code that uses it ({@code orders.Pricing}, injected into the order controller) and an adapter the
 *       plan puts elsewhere ({@code pricing.TablePricing implements orders.Pricing}); the dependency points from the
 *       adapter to the port, so nothing else brings the implementation or a client.</li>
 * </ul>
 * Without a bean behind the interface such a service does not start.
 * <ul>
 *   <li>When one service owns every implementation and the service's code calls only methods whose arguments and
 *       result travel as JSON, the service gets a client implementing the interface ({@link InterfaceClient}),
 *       as it gets one for a business bean of another service; the owner's facade serves the interface's
 *       travelling methods.</li>
 *   <li>Otherwise (a method it calls takes a {@code MultipartFile}, the implementations are spread over several
 *       services, a generic interface), it gets a copy of the implementations, with what they need, as a bean the
 *       wiring switches to local does.</li>
 * </ul>
 * Shared data-access interfaces are not concerned: data access is local by default.
 */
final class SharedInterfaces {
    private SharedInterfaces() {
    }

    /**
     * @param clients    interface → the client the service gets
     * @param operations interface → the methods its client forwards
     * @param copies     implementations the service must have a copy of instead
     */
    record Needs(Map<String, InterfaceClient> clients, Map<String, Set<Operation>> operations, Set<String> copies) {
    }

    /**
     * @param files the service's classes and copies
     */
    static Needs of(Facts facts, Plan plan, Service service, Set<String> files, Set<String> shared) {
        Set<String> users = new TreeSet<>(files);
        shared.stream().filter(t -> runsEverywhere(facts, t)).forEach(users::add);
        Set<String> needed = new TreeSet<>();
        users.forEach(u -> facts.references(u).stream().filter(r -> (shared.contains(r) || files.contains(r))
                && facts.role(r) == Role.BEAN && facts.monolith().type(r).isInterface()).forEach(needed::add));
        Map<String, InterfaceClient> clients = new TreeMap<>();
        Map<String, Set<Operation>> operations = new TreeMap<>();
        Set<String> copies = new TreeSet<>();
        for (String type : needed) {
            Set<String> implementations = implementations(facts, type);
            if (implementations.isEmpty()
                    || implementations.stream().anyMatch(i -> files.contains(i) || shared.contains(i))) {
                continue;
            }
            Set<String> owners = new TreeSet<>();
            implementations.forEach(i -> {
                Service owner = plan.serviceOf(i);
                owners.add(owner == null ? "" : owner.name());
            });
            Optional<InterfaceMethods> methods = owners.size() == 1 && !owners.contains("")
                    ? InterfaceMethods.of(facts, type) : Optional.empty();
            if (methods.isEmpty() || callsStaying(facts, users, type, methods.get())) {
                copies.addAll(implementations);
                continue;
            }
            clients.put(type, new InterfaceClient(owners.iterator().next(), beanName(facts, implementations),
                    methods.get().staying()));
            operations.put(type, methods.get().travelling());
        }
        return new Needs(clients, operations, copies);
    }

    /** Whether a class of the shared library is made in every service: the application class and shared beans. */
    private static boolean runsEverywhere(Facts facts, String type) {
        Role role = facts.role(type);
        return role == Role.APPLICATION || role.isBean() && !facts.monolith().type(type).isInterface();
    }

    /**
     * The monolith's concrete classes implementing {@code type}, when all of them are beans (a class with a stereotype
     * annotation); empty otherwise (made by a {@code @Bean} method, whose configuration decides where it runs).
     */
    private static Set<String> implementations(Facts facts, String type) {
        Set<String> found = new TreeSet<>();
        for (String sub : facts.subtypesOf(type)) {
            var declaration = facts.monolith().type(sub).declaration();
            boolean concrete = declaration.isClassOrInterfaceDeclaration()
                    && !declaration.asClassOrInterfaceDeclaration().isInterface()
                    && !declaration.asClassOrInterfaceDeclaration().isAbstract();
            if (!concrete) {
                continue;
            }
            if (!facts.role(sub).isBean()) {
                return Set.of();
            }
            found.add(sub);
        }
        return found;
    }

    /** Whether the service's code calls a method of the interface that cannot travel. */
    private static boolean callsStaying(Facts facts, Set<String> users, String type, InterfaceMethods methods) {
        Set<String> staying = new TreeSet<>();
        methods.staying().forEach(op -> staying.add(op.key()));
        return MemberUses.of(facts, users, Set.of(type)).get(type).stream().anyMatch(op -> staying.contains(op.key()));
    }

    /** Spring's name for the one implementation: the one the monolith gave it, else its decapitalized simple name. */
    private static String beanName(Facts facts, Set<String> implementations) {
        if (implementations.size() != 1) {
            return "";
        }
        String type = implementations.iterator().next();
        String given = facts.givenBeanName(type);
        if (!given.isEmpty()) {
            return given;
        }
        String simple = type.substring(type.lastIndexOf('.') + 1);
        // as java.beans.Introspector.decapitalize, which Spring uses: "URLService" stays, "UserService" is "userService"
        boolean acronym = simple.length() > 1 && Character.isUpperCase(simple.charAt(0))
                && Character.isUpperCase(simple.charAt(1));
        return acronym ? simple : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
}
