package dev.cleave.codegen.internal.layout;

import dev.cleave.codegen.GenerationException;
import dev.cleave.codegen.internal.source.BoundEntities;
import dev.cleave.codegen.internal.source.Facts;
import dev.cleave.codegen.internal.source.Operation;
import dev.cleave.codegen.internal.source.PlainComponents;
import dev.cleave.codegen.internal.source.Role;
import dev.cleave.model.Access;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides, for every planned service, which types it owns, which it copies and which it reaches over HTTP; and for
 * the system, which types form the shared library.
 */
public final class Layouts {
    private final Facts facts;
    private final Plan plan;
    private final Map<String, PlainComponents.Component> components;

    public Layouts(Facts facts, Plan plan) {
        this(facts, plan, Map.of());
    }

    /**
     * @param components the plain classes of a servlet web application that other services may call instead of
     *                   copying ({@link PlainComponents}); empty for a Boot monolith
     */
    public Layouts(Facts facts, Plan plan, Map<String, PlainComponents.Component> components) {
        this.facts = facts;
        this.plan = plan;
        this.components = Map.copyOf(components);
    }

    /**
     * The shared library: the plan's shared classes plus the application class every service runs (which may name in
     * {@code @Import} a configuration of a service that its scan registers anyway, {@link Facts#scannedImports}).
     */
    public Set<String> shared() {
        Set<String> shared = new TreeSet<>(plan.shared());
        facts.monolith().types().keySet().stream().filter(t -> facts.role(t) == Role.APPLICATION).forEach(shared::add);
        for (String type : shared) {
            for (String ref : facts.references(type)) {
                if (!shared.contains(ref) && facts.role(ref) != Role.APPLICATION
                        && !facts.scannedImports(type).contains(ref)) {
                    Service owner = plan.serviceOf(ref);
                    String where = owner == null ? "no service" : "service '" + owner.name() + "'";
                    if (facts.role(type) == Role.APPLICATION) {
                        throw new GenerationException("the application class " + type + ", which every service runs,"
                                + " uses " + ref + ", which uses classes of " + where + "; make " + ref + " use only"
                                + " shared classes, or remove the reference from the application class");
                    }
                    throw new GenerationException("shared class " + type + " uses " + ref + ", which the plan puts in "
                            + where + "; add " + ref + " to 'shared' in the plan or move " + type + " into a service");
                }
            }
        }
        return shared;
    }

    /** One layout per planned service, in plan order, with ports assigned from {@code firstPort} on. */
    public List<ServiceLayout> services(int firstPort) {
        return services(firstPort, Set.of());
    }

    /**
     * One layout per planned service, in plan order, with ports assigned: the plan's, else counted up from
     * {@code firstPort}, skipping {@code taken} (the gateway's and the database's).
     */
    public List<ServiceLayout> services(int firstPort, Set<Integer> taken) {
        Set<String> shared = shared();
        Map<String, Set<String>> copies = new TreeMap<>();
        Map<String, Map<String, Set<Operation>>> clients = new TreeMap<>();
        Map<String, Map<String, InterfaceClient>> implementing = new TreeMap<>();
        Set<String> web = new TreeSet<>();
        facts.monolith().types().keySet().stream().filter(t -> facts.role(t) == Role.WEB && !shared.contains(t))
                .forEach(web::add);
        for (Service s : plan.services()) {
            Set<String> local = switched(s, Access.LOCAL);
            Set<String> remote = switched(s, Access.REMOTE);
            Set<String> called = new TreeSet<>();
            components.keySet().stream().filter(t -> plan.serviceOf(t) != null && !s.classes().contains(t)
                    && !shared.contains(t) && !local.contains(t)).forEach(called::add);
            remote.addAll(called);
            while (true) {
                layOut(s, web, shared, remote, local, copies, clients, implementing);
                Set<String> files = new TreeSet<>(s.classes());
                files.addAll(copies.get(s.name()));
                Set<String> unusable = new TreeSet<>();
                called.stream().filter(t -> remote.contains(t)
                        && !PlainComponents.usable(facts, components.get(t), files)).forEach(unusable::add);
                if (unusable.isEmpty()) {
                    break;
                }
                // code of this service hands one of them what cannot travel (a JDBC connection): it keeps a copy
                remote.removeAll(unusable);
            }
        }
        Map<String, Set<String>> listeners = EventRouting.listeners(facts, plan);
        int next = firstPort;
        List<ServiceLayout> layouts = new java.util.ArrayList<>();
        for (Service s : plan.services()) {
            while (s.port() <= 0 && taken.contains(next)) {
                next++;
            }
            int port = s.port() > 0 ? s.port() : next++;
            layouts.add(new ServiceLayout(s.name(), port, new TreeSet<>(s.classes()), copies.get(s.name()),
                    clients.get(s.name()), facadeOf(s, clients, implementing),
                    peersOf(clients.get(s.name()), implementing.get(s.name())),
                    EventRouting.forwards(s.name(), listeners), s.tables(),
                    SharedTables.of(facts, plan, s, copies.get(s.name())), implementing.get(s.name())));
        }
        return layouts;
    }

    /**
     * The copies and clients of one service, given the classes it calls rather than copies; with the clients
     * implementing interfaces of the shared library whose implementations another service owns
     * ({@link SharedInterfaces}).
     */
    private void layOut(Service s, Set<String> web, Set<String> shared, Set<String> remote, Set<String> local,
                        Map<String, Set<String>> copies, Map<String, Map<String, Set<Operation>>> clients,
                        Map<String, Map<String, InterfaceClient>> implementing) {
        Set<String> roots = new TreeSet<>(s.classes());
        if (s.classes().stream().anyMatch(facts::isController)) {
            roots.addAll(webGlueFor(s, web, shared, remote));
            // Spring Data's web support converts the ids its controllers bind into entities through a repository
            s.classes().stream().filter(facts::isController).forEach(c -> BoundEntities.repositories(facts, c)
                    .stream().filter(r -> !shared.contains(r) && !remote.contains(r)).forEach(roots::add));
        }
        roots.addAll(local);
        facts.reflectiveTypes().stream().filter(t -> !shared.contains(t)).forEach(roots::add);
        while (true) {
            copies.put(s.name(), copiesOf(s, roots, shared, remote));
            Set<String> files = new TreeSet<>(s.classes());
            files.addAll(copies.get(s.name()));
            SharedInterfaces.Needs interfaces = SharedInterfaces.of(facts, plan, s, files, shared);
            if (!files.containsAll(interfaces.copies())) {
                // code of this service calls a method of the interface that cannot travel: the implementation's copy
                roots.addAll(interfaces.copies());
                continue;
            }
            clients.put(s.name(), ClientOperations.of(facts, plan, s, copies.get(s.name()), shared, remote,
                    components));
            clients.get(s.name()).putAll(interfaces.operations());
            implementing.put(s.name(), interfaces.clients());
            Map<String, Set<Operation>> signatures = new TreeMap<>(clients.get(s.name()));
            interfaces.clients().forEach((type, client) -> signatures.put(type + "#staying", client.staying()));
            Set<String> needed = signatureTypes(signatures);
            needed.removeIf(t -> facts.role(t).isBean());
            needed.removeAll(remote);
            needed.addAll(exceptionsOf(peersOf(clients.get(s.name()), interfaces.clients())));
            needed.removeAll(s.classes());
            needed.removeAll(shared);
            if (copies.get(s.name()).containsAll(needed)) {
                return;
            }
            roots.addAll(needed);
        }
    }

    /**
     * The web glue a service with controllers gets: all of it, except formatters and converters of the monolith's own
     * types that none of its classes (nor what they bring along) use; those would only drag copies of other services'
     * entities in.
     */
    private Set<String> webGlueFor(Service s, Set<String> web, Set<String> shared, Set<String> remote) {
        Set<String> reach = new TreeSet<>(s.classes());
        reach.addAll(copiesOf(s, new TreeSet<>(s.classes()), shared, remote));
        Set<String> glue = new TreeSet<>();
        for (String g : web) {
            Set<String> subjects = facts.glueSubjects(g);
            if (subjects.isEmpty() || subjects.stream().anyMatch(t -> reach.contains(t) || shared.contains(t))) {
                glue.add(g);
            }
        }
        return glue;
    }

    /** The classes of other services that the plan's wiring switches to {@code mode} for this service. */
    private Set<String> switched(Service service, Access mode) {
        Set<String> types = new TreeSet<>();
        plan.wiring().stream().filter(w -> w.from().equals(service.name()))
                .forEach(w -> w.access().forEach((type, m) -> {
                    if (m == Access.REMOTE && facts.role(type) != null && !facts.role(type).isBean()
                            && !components.containsKey(type)) {
                        throw new GenerationException("the plan's wiring switches " + type + " to remote for service '"
                                + service.name() + "', but it is a value (no bean): it can only be copied; remove it"
                                + " from 'access' in the wiring " + w.from() + " -> " + w.to());
                    }
                    if (m == mode) {
                        types.add(type);
                    }
                }));
        return types;
    }

    /**
     * Types reachable from {@code roots} that the service neither owns nor shares: beans and the classes switched to
     * remote excepted (those are called, not copied), unless a class here extends or implements the bean. A data-access interface that a class of the service uses brings
     * what implements it, wherever the plan put it: the Spring Data interface extending it, its implementation for
     * each profile. One that a class extends (a fragment interface of a Spring Data repository, a generic base
     * repository) brings only the classes implementing it directly (the fragment's implementation), not the other
     * repositories extending it. Spring needs a bean behind each, and references only lead the other way.
     */
    private Set<String> copiesOf(Service service, Set<String> roots, Set<String> shared, Set<String> remote) {
        Set<String> copies = new TreeSet<>();
        roots.stream().filter(r -> !service.classes().contains(r)).forEach(copies::add);
        Deque<String> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            String type = work.pop();
            Set<String> reached = new TreeSet<>(facts.references(type));
            for (String ref : facts.references(type)) {
                if (facts.role(ref) == Role.REPOSITORY && facts.monolith().type(ref).isInterface()) {
                    Set<String> implementations = facts.subtypesOf(ref);
                    reached.addAll(implementations.contains(type) ? facts.directImplementations(ref) : implementations);
                }
            }
            // a bean type of another service that this one's class extends or implements is a type here, not a
            // call: a client cannot stand in for a supertype (a port interface another service owns, its adapter here)
            Set<String> supertypes = facts.supertypesOf(type);
            for (String ref : reached) {
                boolean local = service.classes().contains(ref) || shared.contains(ref) || copies.contains(ref);
                boolean called = facts.role(ref) == Role.BEAN && !supertypes.contains(ref);
                if (!local && !called && !remote.contains(ref)) {
                    copies.add(ref);
                    work.push(ref);
                }
                if (facts.role(ref) != Role.BEAN && !remote.contains(ref)) {
                    // a plain class that a configuration's @Bean method makes a bean: that configuration comes along
                    for (String config : facts.beanDeclarers(ref)) {
                        if (!service.classes().contains(config) && !shared.contains(config) && copies.add(config)) {
                            work.push(config);
                        }
                    }
                }
            }
        }
        return copies;
    }

    /** Monolith types named in the signatures of the operations (a client's parameters and results). */
    private Set<String> signatureTypes(Map<String, Set<Operation>> clients) {
        Set<String> types = new TreeSet<>();
        List<String> texts = new java.util.ArrayList<>();
        clients.forEach((type, ops) -> {
            ops.forEach(op -> {
                texts.addAll(op.parameters());
                texts.add(op.returns());
            });
            PlainComponents.Component component = components.get(type);
            if (component != null) {
                component.constructors().forEach(c -> {
                    texts.addAll(c.parameters());
                    texts.addAll(c.exceptions());
                });
                component.exceptions().values().forEach(texts::addAll);
            }
        });
        for (String text : texts) {
            for (String name : text.split("[^A-Za-z0-9_.$]+")) {
                if (facts.monolith().type(name) != null) {
                    types.add(name);
                }
            }
        }
        return types;
    }

    /**
     * The exception types of the given services: an operation of theirs may throw one back to the caller (an
     * unchecked exception is declared nowhere), and the caller can only throw it again, for its own {@code catch}
     * blocks and handlers, when it has the class.
     */
    private Set<String> exceptionsOf(Set<String> services) {
        Set<String> found = new TreeSet<>();
        for (Service peer : plan.services()) {
            if (services.contains(peer.name())) {
                peer.classes().stream().filter(facts::isThrowable).forEach(found::add);
            }
        }
        return found;
    }

    /**
     * The operations other services call on this service's beans: on its own classes, and on the interfaces of the
     * shared library whose implementations it owns (through their {@link InterfaceClient}s).
     */
    private Set<Operation> facadeOf(Service service, Map<String, Map<String, Set<Operation>>> clients,
                                   Map<String, Map<String, InterfaceClient>> implementing) {
        Set<Operation> ops = new TreeSet<>();
        clients.forEach((caller, perType) -> perType.forEach((type, o) -> {
            InterfaceClient client = implementing.getOrDefault(caller, Map.of()).get(type);
            if (client != null ? client.owner().equals(service.name()) : service.classes().contains(type)) {
                ops.addAll(o);
            }
        }));
        return ops;
    }

    private Set<String> peersOf(Map<String, Set<Operation>> clients, Map<String, InterfaceClient> implementing) {
        Set<String> peers = new TreeSet<>();
        clients.keySet().forEach(type -> peers.add(implementing.containsKey(type) ? implementing.get(type).owner()
                : plan.serviceOf(type).name()));
        return peers;
    }
}
