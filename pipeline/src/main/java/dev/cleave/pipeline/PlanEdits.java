package dev.cleave.pipeline;

import dev.cleave.model.Access;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Constraints;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import dev.cleave.model.Wiring;
import dev.cleave.splitter.PlanScorer;
import dev.cleave.splitter.SplitOptions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The edits a user makes to a plan besides moving classes (which {@link dev.cleave.splitter.WhatIf} does): rename,
 * add and remove services, pin classes, keep classes together or apart, change a service's settings, split again
 * around the pins. Each edit returns a new plan with its metrics and wiring recomputed; the input is not changed.
 * Every refusal is an {@link IllegalArgumentException} whose message names the service or class and what to do.
 */
public final class PlanEdits {
    /** {@link Service#settings()} key of the service's container base image (codegen's Jib {@code <from>}). */
    public static final String BASE_IMAGE = dev.cleave.codegen.deploy.DeployOptions.BASE_IMAGE_SETTING;

    private PlanEdits() {
    }

    /** Renames a service; its pins, constraints and wiring follow. */
    public static Plan rename(CodeGraph graph, Plan plan, String from, String to) {
        Service service = existing(plan, from);
        if (from.equals(to)) {
            return plan;
        }
        if (plan.service(to) != null) {
            throw new IllegalArgumentException("a service named '" + to + "' exists already: choose another name");
        }
        String reserved = Service.reservedNameProblem(to);
        if (reserved != null) {
            throw new IllegalArgumentException(reserved);
        }
        Service renamed = new Service(to, service.classes(), service.pinned(), service.tables(), service.port(),
                service.settings());
        List<Service> services = new ArrayList<>(plan.services());
        services.set(services.indexOf(service), renamed);
        Map<String, String> pins = new TreeMap<>();
        plan.constraints().pins().forEach((cls, s) -> pins.put(cls, s.equals(from) ? to : s));
        List<Wiring> wiring = plan.wiring().stream().map(w -> new Wiring(w.from().equals(from) ? to : w.from(),
                w.to().equals(from) ? to : w.to(), w.style(), w.operations(), w.access())).toList();
        return rescore(graph, plan.withServices(services).withConstraints(withPins(plan.constraints(), pins))
                .withWiring(wiring));
    }

    /** Adds an empty service. */
    public static Plan addService(CodeGraph graph, Plan plan, String name) {
        if (plan.service(name) != null) {
            throw new IllegalArgumentException("a service named '" + name + "' exists already: choose another name");
        }
        String reserved = Service.reservedNameProblem(name);
        if (reserved != null) {
            throw new IllegalArgumentException(reserved);
        }
        List<Service> services = new ArrayList<>(plan.services());
        services.add(Service.of(name, List.of()));
        return rescore(graph, plan.withServices(services));
    }

    /**
     * Removes a service; its classes go to another service or, with {@link Plan#SHARED}, to the shared
     * library. Pins to the removed service are dropped.
     */
    public static Plan removeService(CodeGraph graph, Plan plan, String name, String moveTo) {
        Service removed = existing(plan, name);
        if (name.equals(moveTo)) {
            throw new IllegalArgumentException("service '" + name + "' cannot take its own classes: choose another"
                    + " service or the shared library");
        }
        List<Service> services = new ArrayList<>(plan.services());
        services.remove(removed);
        List<String> shared = plan.shared();
        if (!removed.classes().isEmpty()) {
            if (Plan.SHARED.equals(moveTo)) {
                shared = union(shared, removed.classes());
            } else {
                Service target = existing(plan, moveTo);
                services.set(services.indexOf(target), target.withClasses(union(target.classes(), removed.classes())));
            }
        }
        Map<String, String> pins = new TreeMap<>(plan.constraints().pins());
        pins.values().removeIf(name::equals);
        return rescore(graph, plan.withServices(services).withShared(shared)
                .withConstraints(withPins(plan.constraints(), pins)));
    }

    /** Pins classes to the services that hold them now, or unpins them; a re-split keeps pinned classes in place. */
    public static Plan pin(CodeGraph graph, Plan plan, Collection<String> classes, boolean pinned) {
        Map<String, String> pins = new TreeMap<>(plan.constraints().pins());
        Map<String, Set<String>> pinnedBy = new HashMap<>();
        for (String cls : classes) {
            Service holder = plan.serviceOf(cls);
            if (pinned) {
                if (holder == null) {
                    throw new IllegalArgumentException("class " + cls + " is in no service: move it into a service"
                            + " before pinning it there");
                }
                pins.put(cls, holder.name());
            } else {
                pins.remove(cls);
            }
            if (holder != null) {
                pinnedBy.computeIfAbsent(holder.name(), k -> new LinkedHashSet<>()).add(cls);
            }
        }
        List<Service> services = plan.services().stream().map(s -> {
            Set<String> touched = pinnedBy.get(s.name());
            if (touched == null) {
                return s;
            }
            Set<String> now = new LinkedHashSet<>(s.pinned());
            if (pinned) {
                now.addAll(touched);
            } else {
                now.removeAll(touched);
            }
            return new Service(s.name(), s.classes(), List.copyOf(now), s.tables(), s.port(), s.settings());
        }).toList();
        return rescore(graph, plan.withServices(services).withConstraints(withPins(plan.constraints(), pins)));
    }

    /**
     * After classes moved to a service by hand, their pins (if any) follow them: the user decided where they go.
     * Classes moved to the shared library lose their pins.
     */
    public static Plan pinsFollowMove(Plan plan, Collection<String> moved, String toService) {
        Map<String, String> pins = new TreeMap<>(plan.constraints().pins());
        boolean changed = false;
        for (String cls : moved) {
            if (pins.containsKey(cls)) {
                changed = true;
                if (plan.service(toService) != null) {
                    pins.put(cls, toService);
                } else {
                    pins.remove(cls);
                }
            }
        }
        if (!changed) {
            return plan;
        }
        List<Service> services = plan.services().stream().map(s -> new Service(s.name(), s.classes(),
                s.classes().stream().filter(c -> s.name().equals(pins.get(c))).toList(), s.tables(), s.port(),
                s.settings())).toList();
        return plan.withServices(services).withConstraints(withPins(plan.constraints(), pins));
    }

    /** Adds a keep-together group (two or more classes of the graph) kept by every re-split. */
    public static Plan keepTogether(CodeGraph graph, Plan plan, Collection<String> classes) {
        List<String> group = group(graph, classes, "keep-together");
        List<List<String>> together = new ArrayList<>(plan.constraints().keepTogether());
        together.add(group);
        Constraints c = plan.constraints();
        return plan.withConstraints(new Constraints(c.pins(), together, c.keepApart(), c.services()));
    }

    /** Adds a keep-apart group (two or more classes of the graph, each in a different service on re-split). */
    public static Plan keepApart(CodeGraph graph, Plan plan, Collection<String> classes) {
        List<String> group = group(graph, classes, "keep-apart");
        List<List<String>> apart = new ArrayList<>(plan.constraints().keepApart());
        apart.add(group);
        Constraints c = plan.constraints();
        return plan.withConstraints(new Constraints(c.pins(), c.keepTogether(), apart, c.services()));
    }

    /** Removes the keep-together ({@code together = true}) or keep-apart group at an index. */
    public static Plan removeGroup(Plan plan, boolean together, int index) {
        Constraints c = plan.constraints();
        List<List<String>> groups = new ArrayList<>(together ? c.keepTogether() : c.keepApart());
        if (index < 0 || index >= groups.size()) {
            throw new IllegalArgumentException("there is no " + (together ? "keep-together" : "keep-apart")
                    + " group number " + (index + 1) + ": the plan has " + groups.size());
        }
        groups.remove(index);
        return plan.withConstraints(together ? new Constraints(c.pins(), groups, c.keepApart(), c.services())
                : new Constraints(c.pins(), c.keepTogether(), groups, c.services()));
    }

    /**
     * Sets a service's HTTP port (0 = chosen by codegen) and container base image (blank = codegen's default).
     */
    public static Plan settings(Plan plan, String name, int port, String baseImage) {
        Service s = existing(plan, name);
        Map<String, String> settings = new TreeMap<>(s.settings());
        if (baseImage == null || baseImage.isBlank()) {
            settings.remove(BASE_IMAGE);
        } else if (baseImage.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("base image '" + baseImage + "' must be an image reference such as"
                    + " eclipse-temurin:17-jre or a tar:///path, without spaces");
        } else {
            settings.put(BASE_IMAGE, baseImage.strip());
        }
        int taken = plan.services().stream().filter(o -> !o.name().equals(name) && port > 0 && o.port() == port)
                .findFirst().map(Service::port).orElse(0);
        if (taken > 0) {
            throw new IllegalArgumentException("port " + port + " is already the port of another service: choose"
                    + " another port or 0 to let Cleave choose");
        }
        List<Service> services = new ArrayList<>(plan.services());
        services.set(services.indexOf(s), new Service(name, s.classes(), s.pinned(), s.tables(), port, settings));
        return plan.withServices(services);
    }

    /**
     * Switches how service {@code from} reaches class {@code target} of another service: {@link Access#LOCAL} (its
     * own copy over the shared database), {@link Access#REMOTE} (an HTTP call), or null for the default
     * ({@link Access#defaultFor}: local for data access, remote for business beans). Values cannot be switched:
     * they are always copied. The switch stays through later edits
     * as long as {@code from} still depends on {@code target}.
     */
    public static Plan access(CodeGraph graph, Plan plan, String from, String target, Access mode) {
        existing(plan, from);
        Objects.requireNonNull(target, "class");
        Service owner = plan.serviceOf(target);
        if (owner == null) {
            throw new IllegalArgumentException("class " + target + " is in no service: only a class of another"
                    + " service can be reached locally or remotely");
        }
        if (mode != null && !Access.switchable(graph.node(target))) {
            throw new IllegalArgumentException(target + " is a value (no business bean, no data access): it is always"
                    + " copied into the services that use it and has no remote form");
        }
        List<Wiring> wiring = new ArrayList<>(plan.wiring());
        for (int i = 0; i < wiring.size(); i++) {
            Wiring w = wiring.get(i);
            if (w.from().equals(from) && w.to().equals(owner.name()) && w.targets().contains(target)) {
                Wiring switched = w.withAccess(target, mode);
                if (mode != null && mode == Access.defaultFor(graph.node(target))) {
                    switched = w.withAccess(target, null);
                }
                wiring.set(i, switched);
                return plan.withWiring(wiring);
            }
        }
        throw new IllegalArgumentException("service '" + from + "' does not use " + target + " (service '"
                + owner.name() + "'): only a class it depends on can be switched between local and remote");
    }

    /** Fixes the number of services the next re-split makes; 0 lets the splitter choose. */
    public static Plan serviceCount(Plan plan, int services) {
        if (services < 0) {
            throw new IllegalArgumentException("the number of services must be 0 (automatic) or more: " + services);
        }
        Constraints c = plan.constraints();
        return plan.withConstraints(new Constraints(c.pins(), c.keepTogether(), c.keepApart(), services));
    }

    /**
     * Splits the graph again, keeping the plan's constraints (pins, groups, number of services), seed and edge
     * weights; the new clusters take the names of the services they overlap most (names the user gave included), and
     * services that keep their name keep their port and settings.
     */
    public static Plan resplit(CodeGraph graph, Plan plan) {
        SplitOptions options = SplitOptions.defaults().withConstraints(plan.constraints())
                .withEdgeWeights(Stages.edgeWeights(plan)).withPrevious(plan);
        if (plan.algorithm() != null) {
            options = options.withSeed(plan.algorithm().seed());
        }
        Plan fresh = Stages.split(graph, options);
        List<Service> services = fresh.services().stream().map(s -> {
            Service before = plan.service(s.name());
            return before == null ? s : new Service(s.name(), s.classes(), s.pinned(), s.tables(), before.port(),
                    before.settings());
        }).toList();
        return fresh.withServices(services).withWiring(Wiring.keepSwitches(plan.wiring(), fresh.wiring()));
    }

    /** The plan with its metrics and wiring recomputed for the graph. */
    public static Plan rescore(CodeGraph graph, Plan plan) {
        Plan scored = plan.withMetrics(Stages.metrics(graph, plan));
        return scored.withWiring(Wiring.keepSwitches(plan.wiring(), PlanScorer.wiring(graph, scored)));
    }

    private static Service existing(Plan plan, String name) {
        Objects.requireNonNull(name, "service name");
        Service s = plan.service(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown service '" + name + "': the plan has "
                    + plan.services().stream().map(Service::name).toList());
        }
        return s;
    }

    private static List<String> group(CodeGraph graph, Collection<String> classes, String what) {
        Set<String> known = new java.util.HashSet<>();
        graph.nodes().forEach(n -> known.add(n.id()));
        List<String> group = new ArrayList<>(new LinkedHashSet<>(classes));
        if (group.size() < 2) {
            throw new IllegalArgumentException("a " + what + " group needs two or more classes: select more");
        }
        for (String cls : group) {
            if (!known.contains(cls)) {
                throw new IllegalArgumentException("unknown class " + cls + " in the " + what + " group: it is not in"
                        + " the graph");
            }
        }
        return group;
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static Constraints withPins(Constraints c, Map<String, String> pins) {
        return new Constraints(pins, c.keepTogether(), c.keepApart(), c.services());
    }
}
