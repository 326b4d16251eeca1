package dev.cleave.analyzer.internal.facts;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.EntryPoint;
import dev.cleave.model.Problem;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Facts the deployment descriptors state about classes, keyed by class FQN. Filled once by {@link Descriptors},
 * read-only afterwards.
 */
final class DescriptorFacts {
    /**
     * A dependency that XML states between two classes: {@code FIELD} for Spring bean wiring, {@code TYPE_USE} for a
     * class a MyBatis mapper or a Struts module names. Either end may be a library class (dropped later).
     */
    record Wire(String from, String to, EdgeKind kind) {
    }

    /**
     * The step that turns what a reader collected into wires, once the project's types are known (bean names of
     * scanned classes, MyBatis aliases of packages and nested class names need them).
     */
    interface Linker {
        void link(XmlTypes types, List<Wire> wires, Consumer<Problem> problems);
    }

    /** A MyBatis mapper namespace and where it is declared. */
    record Namespace(String fqn, String file, int line) {
    }

    final Map<String, Set<Stereotype>> stereotypes = new HashMap<>();
    final Map<String, Set<EntryPoint>> entryPoints = new HashMap<>();
    final Map<String, List<String>> servletPatterns = new HashMap<>();
    final Map<String, Set<TableUse>> tables = new HashMap<>();
    /** Entities mapped in orm.xml/hbm.xml: class → {entity name, table}. */
    final Map<String, JpaRules.Entity> entities = new HashMap<>();
    final Set<String> singletons = new HashSet<>();
    /** Properties that XML sets on a class: they hold dependencies, not state. */
    final Map<String, Set<String>> injected = new HashMap<>();
    /** Readers to link after the sources are read, in reading order. */
    final List<Linker> linkers = new ArrayList<>();
    /** Packages whose classes are MyBatis aliases, as Spring XML declares them ({@code typeAliasesPackage}). */
    final List<String> myBatisAliasPackages = new ArrayList<>();
    final List<Namespace> namespaces = new ArrayList<>();
    /** The project classes a bean name of the Spring XML files stands for (none when no XML bean has it). */
    BiFunction<String, XmlTypes, Set<String>> xmlBeans = (name, types) -> Set.of();
    /** Struts 1 actions: class → paths declared in struts-config (without the servlet mapping). */
    final Map<String, Set<String>> strutsActions = new LinkedHashMap<>();
    /** url-patterns of the Struts ActionServlet in web.xml. */
    final List<String> strutsServletPatterns = new ArrayList<>();

    void stereotype(String fqn, Stereotype... roles) {
        stereotypes.computeIfAbsent(fqn, k -> EnumSet.noneOf(Stereotype.class)).addAll(List.of(roles));
    }

    void entryPoint(String fqn, EntryPoint entryPoint) {
        entryPoints.computeIfAbsent(fqn, k -> new TreeSet<>()).add(entryPoint);
    }

    void table(String fqn, TableUse use) {
        tables.computeIfAbsent(fqn, k -> new TreeSet<>()).add(use);
    }

    /** Turns Struts 1 action paths into URLs through the ActionServlet mapping ({@code *.do} by default). */
    void completeStrutsPaths() {
        List<String> patterns = strutsServletPatterns.isEmpty() ? List.of("*.do") : strutsServletPatterns;
        strutsActions.forEach((fqn, paths) -> {
            for (String path : paths) {
                for (String pattern : patterns) {
                    entryPoint(fqn, new EntryPoint("*", strutsUrl(pattern, path), "execute"));
                }
            }
        });
    }

    private static String strutsUrl(String pattern, String path) {
        if (pattern.startsWith("*.")) {
            return EntryPointRules.join("", path + pattern.substring(1));
        }
        String prefix = pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 2) : pattern;
        return EntryPointRules.join(prefix, path);
    }
}
