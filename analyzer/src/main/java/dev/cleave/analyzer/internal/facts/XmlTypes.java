package dev.cleave.analyzer.internal.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The project's top-level types as XML descriptors name them: fully qualified ({@code a.b.Outer$Inner} and
 * {@code a.b.Outer.Inner} fold into {@code a.b.Outer}), by package, and by the bean name Spring gives a scanned
 * class. Built once the sources are read, when the descriptors are linked to the classes they name.
 */
final class XmlTypes {
    private final java.util.NavigableSet<String> types;
    private final Set<String> packages = new HashSet<>();
    private final Predicate<String> bean;
    private final Function<String, Set<String>> javaBeans;

    XmlTypes(Set<String> types, Predicate<String> bean) {
        this(types, bean, name -> Set.of());
    }

    /**
     * @param types top-level type FQNs of the project
     * @param bean  whether the sources make a type a bean (annotated component, mapper...): a candidate for an
     *              unresolved bean name when no XML declares where beans are scanned
     * @param javaBeans the project classes the sources give a bean name ({@link BeanNames})
     */
    XmlTypes(Set<String> types, Predicate<String> bean, Function<String, Set<String>> javaBeans) {
        this.types = new TreeSet<>(types);
        this.bean = bean;
        this.javaBeans = javaBeans;
        types.forEach(t -> packages.add(packageOf(t)));
    }

    /** The project type a class name in XML stands for (nested names fold into their top-level type). */
    Optional<String> resolve(String className) {
        String name = className.trim();
        int dollar = name.indexOf('$');
        if (dollar > 0) {
            name = name.substring(0, dollar);
        }
        while (!name.isEmpty()) {
            if (types.contains(name)) {
                return Optional.of(name);
            }
            int dot = name.lastIndexOf('.');
            if (dot < 0 || !Character.isUpperCase(name.charAt(dot + 1))) {
                return Optional.empty();
            }
            name = name.substring(0, dot);
        }
        return Optional.empty();
    }

    /** The project classes the sources give this bean name (explicitly, else by Spring's default naming). */
    Set<String> javaBeans(String beanName) {
        return javaBeans.apply(beanName);
    }

    /**
     * Whether a class name that names no project type lies in a package of the project: a class that was
     * renamed, moved or deleted, not a library class.
     */
    boolean missingInProjectPackage(String className) {
        String name = className.trim();
        return name.contains(".") && resolve(name).isEmpty() && packages.contains(packageOf(name));
    }

    /** Project types in the package or below it, sorted. */
    List<String> inPackage(String pkg) {
        String prefix = pkg.trim() + ".";
        List<String> found = new ArrayList<>();
        for (String t : types.tailSet(prefix)) {
            if (!t.startsWith(prefix)) {
                break;
            }
            found.add(t);
        }
        return found;
    }

    /**
     * The project type that Spring's default naming gives this bean name, among the types scanned from the
     * packages (or, with no package, among the types the sources make beans); empty unless exactly one.
     */
    Optional<String> scannedBean(String beanName, List<String> scanPackages) {
        List<String> candidates = new ArrayList<>();
        if (scanPackages.isEmpty()) {
            types.stream().filter(bean).forEach(candidates::add);
        } else {
            scanPackages.forEach(p -> candidates.addAll(inPackage(p)));
        }
        List<String> named = candidates.stream().filter(t -> beanName(t).equals(beanName)).distinct().toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Spring's default bean name: the simple name with its first letter lower case, unless two capitals lead. */
    static String beanName(String fqn) {
        String simple = simpleName(fqn);
        if (simple.length() > 1 && Character.isUpperCase(simple.charAt(0)) && Character.isUpperCase(simple.charAt(1))) {
            return simple;
        }
        return simple.isEmpty() ? simple : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** The simple name lower-cased, as MyBatis registers the aliases of a package. */
    static String alias(String fqn) {
        return simpleName(fqn).toLowerCase(Locale.ROOT);
    }

    static String simpleName(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }

    static String packageOf(String fqn) {
        int dot = fqn.lastIndexOf('.');
        return dot < 0 ? "" : fqn.substring(0, dot);
    }
}
