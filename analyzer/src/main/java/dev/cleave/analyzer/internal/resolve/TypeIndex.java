package dev.cleave.analyzer.internal.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All types the resolver knows: the project's source types (which win over library types of the same name)
 * and, lazily, library types. Also answers the fallback questions: which project types have this simple
 * name, which declare a method of this name and arity. Thread-safe after construction and linking.
 *
 * <p>While a {@link Trace} is {@linkplain #startTrace started} on a thread, every public question asked on that
 * thread is recorded with its answer ({@link Trace.Question}), so that a cached resolution can later be checked
 * against another index by {@link #answer asking the same questions again}.
 */
public final class TypeIndex {
    private final Map<String, TypeInfo> source;
    private final Map<String, String> canonicalToBinary = new HashMap<>();
    private final Set<String> sourcePackages = new HashSet<>();
    private final Map<String, List<String>> bySimpleName = new HashMap<>();
    private final Map<String, Set<String>> methodDeclarers = new HashMap<>();
    private final Set<String> fieldNames = new HashSet<>();
    private final Set<String> methodNames = new HashSet<>();
    private final LibraryTypes library;
    private final Map<String, Optional<String>> qualified = new ConcurrentHashMap<>();
    private volatile Linker linker;
    private final ThreadLocal<Trace> tracing = new ThreadLocal<>();
    private final Map<String, String> digests = new ConcurrentHashMap<>();

    /** @param source project types by binary name */
    public TypeIndex(Map<String, TypeInfo> source, LibraryTypes library) {
        this.source = Map.copyOf(source);
        this.library = library;
        for (TypeInfo t : new TreeSet<>(source.keySet()).stream().map(source::get).toList()) {
            canonicalToBinary.put(t.canonicalName(), t.binaryName());
            String simple = t.canonicalName().substring(t.canonicalName().lastIndexOf('.') + 1);
            bySimpleName.computeIfAbsent(simple, k -> new ArrayList<>()).add(t.binaryName());
            if (t.outer() == null) {
                int dot = t.binaryName().lastIndexOf('.');
                sourcePackages.add(dot < 0 ? "" : t.binaryName().substring(0, dot));
            }
        }
    }

    void attach(Linker l) {
        this.linker = l;
    }

    /** Indexes method and field names for the name-matching fallback; call after members are linked. */
    void indexMethods() {
        for (TypeInfo t : source.values()) {
            fieldNames.addAll(t.fieldNames());
            methodNames.addAll(t.allMethods().keySet());
            for (List<MethodInfo> ms : t.allMethods().values()) {
                for (MethodInfo m : ms) {
                    methodDeclarers.computeIfAbsent(m.name() + "/" + (m.varargs() ? "v" : m.arity()),
                            k -> new TreeSet<>()).add(t.binaryName());
                }
            }
        }
    }

    public Collection<TypeInfo> sourceTypes() {
        return source.values();
    }

    /** The type of this binary name (source first, then library), or null. */
    public TypeInfo find(String binaryName) {
        TypeInfo t = findRaw(binaryName);
        Trace trace = tracing.get();
        if (trace != null) {
            trace.record(Trace.Kind.FIND, binaryName, "", describe(t));
        }
        return t;
    }

    private TypeInfo findRaw(String binaryName) {
        TypeInfo t = source.get(binaryName);
        return t != null ? t : library.find(binaryName);
    }

    /** Like {@link #find} but with supertypes linked (only differs while linking). */
    TypeInfo findLinked(String binaryName) {
        TypeInfo t = findRaw(binaryName);
        if (t != null) {
            ensureLinked(t);
        }
        return t;
    }

    /** While supertypes are being linked, links those of {@code t} first; afterwards does nothing. */
    void ensureLinked(TypeInfo t) {
        Linker l = linker;
        if (l != null && t.isSource()) {
            l.ensureSupertypes(t);
        }
    }

    public boolean isSourceType(String binaryName) {
        return traced(Trace.Kind.IS_SOURCE_TYPE, binaryName, "", source.containsKey(binaryName));
    }

    public boolean isPackage(String name) {
        return traced(Trace.Kind.IS_PACKAGE, name, "", isPackageRaw(name));
    }

    private boolean isPackageRaw(String name) {
        return sourcePackages.contains(name) || library.hasPackage(name);
    }

    /** Whether the name is a known package or the first segments of one ({@code java} of {@code java.util}). */
    public boolean isPackagePrefix(String name) {
        return traced(Trace.Kind.IS_PACKAGE_PREFIX, name, "", isPackagePrefixRaw(name));
    }

    private boolean isPackagePrefixRaw(String name) {
        if (isPackageRaw(name)) {
            return true;
        }
        String prefix = name + ".";
        return packagePrefixes().contains(name) || sourcePackages.stream().anyMatch(p -> p.startsWith(prefix));
    }

    private volatile Set<String> prefixes;

    private Set<String> packagePrefixes() {
        Set<String> p = prefixes;
        if (p == null) {
            p = new HashSet<>();
            for (String pkg : library.packages()) {
                for (int i = pkg.indexOf('.'); i > 0; i = pkg.indexOf('.', i + 1)) {
                    p.add(pkg.substring(0, i));
                }
            }
            prefixes = p;
        }
        return p;
    }

    /** Binary name of the top-level type {@code simple} in package {@code pkg}, or null. */
    public String typeInPackage(String pkg, String simple) {
        return traced(Trace.Kind.TYPE_IN_PACKAGE, pkg, simple, typeInPackageRaw(pkg, simple));
    }

    private String typeInPackageRaw(String pkg, String simple) {
        String binary = pkg.isEmpty() ? simple : pkg + "." + simple;
        return findRaw(binary) != null ? binary : null;
    }

    /** Binary name of the member type {@code simple} of {@code owner}, declared or inherited; or null. */
    public String memberType(String owner, String simple) {
        return traced(Trace.Kind.MEMBER_TYPE, owner, simple, memberType(owner, simple, new HashSet<>()));
    }

    private String memberType(String owner, String simple, Set<String> seen) {
        if (!seen.add(owner)) {
            return null;
        }
        TypeInfo t = findLinked(owner);
        if (t == null) {
            return null;
        }
        String direct = t.memberTypes().get(simple);
        if (direct != null) {
            return direct;
        }
        if (t.superclass() != null) {
            String s = memberType(t.superclass().name(), simple, seen);
            if (s != null) {
                return s;
            }
        }
        for (JType.Cls i : t.interfaces()) {
            String s = memberType(i.name(), simple, seen);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** Binary name of a fully-qualified (canonical) type name such as {@code java.util.Map.Entry}, or null. */
    public String resolveQualified(String dotted) {
        return traced(Trace.Kind.RESOLVE_QUALIFIED, dotted, "", resolveQualifiedRaw(dotted));
    }

    private String resolveQualifiedRaw(String dotted) {
        Optional<String> hit = qualified.get(dotted);
        if (hit == null) {
            hit = Optional.ofNullable(lookupQualified(dotted));
            qualified.putIfAbsent(dotted, hit);
        }
        return hit.orElse(null);
    }

    private String lookupQualified(String dotted) {
        String bin = canonicalToBinary.get(dotted);
        if (bin != null) {
            return bin;
        }
        String[] parts = dotted.split("\\.");
        for (int p = parts.length - 1; p >= 0; p--) {
            String pkg = String.join(".", java.util.Arrays.copyOfRange(parts, 0, p));
            if (p > 0 && !isPackageRaw(pkg)) {
                continue;
            }
            String type = typeInPackageRaw(pkg, parts[p]);
            for (int i = p + 1; type != null && i < parts.length; i++) {
                type = memberType(type, parts[i], new HashSet<>());
            }
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    /** Source types (binary names) whose simple name is this, in name order. */
    public List<String> sourceTypesNamed(String simple) {
        return traced(Trace.Kind.SOURCE_TYPES_NAMED, simple, "", bySimpleName.getOrDefault(simple, List.of()));
    }

    /** Whether any project type declares a field of this name. */
    public boolean declaresField(String name) {
        return traced(Trace.Kind.DECLARES_FIELD, name, "", fieldNames.contains(name));
    }

    /** Whether any project type declares a method of this name (any arity). */
    public boolean declaresMethod(String name) {
        return traced(Trace.Kind.DECLARES_METHOD, name, "", methodNames.contains(name));
    }

    /** Source types declaring a method of this name applicable to {@code arity} arguments, sorted. */
    public Set<String> methodDeclarers(String name, int arity) {
        return traced(Trace.Kind.METHOD_DECLARERS, name, Integer.toString(arity), methodDeclarersRaw(name, arity));
    }

    private Set<String> methodDeclarersRaw(String name, int arity) {
        Set<String> exact = methodDeclarers.getOrDefault(name + "/" + arity, Set.of());
        Set<String> varargs = methodDeclarers.getOrDefault(name + "/v", Set.of());
        if (varargs.isEmpty()) {
            return exact;
        }
        Set<String> all = new TreeSet<>(exact);
        all.addAll(varargs);
        return all;
    }

    /** Records the questions asked on this thread into {@code trace} until {@link #stopTrace}. */
    public void startTrace(Trace trace) {
        tracing.set(trace);
    }

    public void stopTrace() {
        tracing.remove();
    }

    /** This index's answer to a recorded question, in the form {@link Trace} records answers. */
    public String answer(Trace.Question q) {
        return switch (q.kind()) {
            case FIND -> describe(findRaw(q.first()));
            case IS_SOURCE_TYPE -> Trace.encode(source.containsKey(q.first()));
            case IS_PACKAGE -> Trace.encode(isPackageRaw(q.first()));
            case IS_PACKAGE_PREFIX -> Trace.encode(isPackagePrefixRaw(q.first()));
            case TYPE_IN_PACKAGE -> Trace.encode(typeInPackageRaw(q.first(), q.second()));
            case MEMBER_TYPE -> Trace.encode(memberType(q.first(), q.second(), new HashSet<>()));
            case RESOLVE_QUALIFIED -> Trace.encode(resolveQualifiedRaw(q.first()));
            case SOURCE_TYPES_NAMED -> Trace.encode(bySimpleName.getOrDefault(q.first(), List.of()));
            case DECLARES_FIELD -> Trace.encode(fieldNames.contains(q.first()));
            case DECLARES_METHOD -> Trace.encode(methodNames.contains(q.first()));
            case METHOD_DECLARERS -> Trace.encode(methodDeclarersRaw(q.first(), Integer.parseInt(q.second())));
        };
    }

    /**
     * What a reader of {@code t} can learn from it: "-" for no type, "L" for a library type (library types are
     * fixed by the cache's environment), else a digest of the linked source type ({@link TypeDigest}).
     */
    private String describe(TypeInfo t) {
        if (t == null) {
            return "-";
        }
        if (!t.isSource()) {
            return "L";
        }
        return digests.computeIfAbsent(t.binaryName(), k -> TypeDigest.of(t));
    }

    private <T> T traced(Trace.Kind kind, String first, String second, T answer) {
        Trace trace = tracing.get();
        if (trace != null) {
            trace.record(kind, first, second, Trace.encodeAny(answer));
        }
        return answer;
    }
}
