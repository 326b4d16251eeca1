package dev.cleave.analyzer.internal.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The file-level end of every scope chain (JLS §6.4.1): single-type imports, the file's package, on-demand
 * imports, {@code java.lang}; plus the static imports for members. Thread-safe once {@link #bind bound} to an
 * index. Names imported from unknown packages resolve to unknown (external) class types named as imported.
 */
public final class FileScope implements TypeScope {
    private final String packageName;
    private final Map<String, String> singleImports = new HashMap<>();
    private final List<String> onDemand = new ArrayList<>();
    private final Map<String, List<String>> staticSingle = new HashMap<>();
    private final List<String> staticOnDemand = new ArrayList<>();
    private final Map<String, Optional<JType>> cache = new ConcurrentHashMap<>();
    private final Map<String, TypeInfo> localTypes = new HashMap<>();
    private TypeIndex index;

    public FileScope(CompilationUnit cu) {
        this.packageName = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (ImportDeclaration imp : cu.getImports()) {
            String name = imp.getNameAsString();
            if (imp.isStatic() && imp.isAsterisk()) {
                staticOnDemand.add(name);
            } else if (imp.isStatic()) {
                int dot = name.lastIndexOf('.');
                if (dot > 0) {
                    staticSingle.computeIfAbsent(name.substring(dot + 1), k -> new ArrayList<>())
                            .add(name.substring(0, dot));
                }
            } else if (imp.isAsterisk()) {
                onDemand.add(name);
            } else {
                singleImports.putIfAbsent(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
    }

    /**
     * A scope restored from a cache, as {@link #packageName}, {@link #imports} and {@link #staticImports} described
     * it.
     */
    public FileScope(String packageName, List<String> imports, List<String> staticImports) {
        this.packageName = packageName;
        for (String name : imports) {
            if (name.endsWith(".*")) {
                onDemand.add(name.substring(0, name.length() - 2));
            } else {
                singleImports.putIfAbsent(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        for (String name : staticImports) {
            if (name.endsWith(".*")) {
                staticOnDemand.add(name.substring(0, name.length() - 2));
            } else {
                int dot = name.lastIndexOf('.');
                staticSingle.computeIfAbsent(name.substring(dot + 1), k -> new ArrayList<>())
                        .add(name.substring(0, dot));
            }
        }
    }

    /**
     * The imports that matter, in an order that rebuilds an equal scope: on-demand ones as {@code pkg.*} in file
     * order, then the single-type imports that won (the first of each simple name), sorted.
     */
    public List<String> imports() {
        List<String> out = new ArrayList<>();
        onDemand.forEach(p -> out.add(p + ".*"));
        new java.util.TreeMap<>(singleImports).values().forEach(out::add);
        return out;
    }

    /** The static imports: single ones as {@code Type.member} in file order per member, then on-demand ones. */
    public List<String> staticImports() {
        List<String> out = new ArrayList<>();
        new java.util.TreeMap<>(staticSingle).forEach((member, owners) ->
                owners.forEach(o -> out.add(o + "." + member)));
        staticOnDemand.forEach(p -> out.add(p + ".*"));
        return out;
    }

    /**
     * Forgets the names looked up so far. Called after linking, so that every lookup of pass 2 reaches the index
     * (and is recorded by a {@link Trace}).
     */
    public void forget() {
        cache.clear();
    }

    /** Binds this scope to the index it resolves against; called once before any lookup. */
    public FileScope bind(TypeIndex index) {
        this.index = index;
        return this;
    }

    public String packageName() {
        return packageName;
    }

    public TypeIndex index() {
        return index;
    }

    /** Registers a local or anonymous class of this file (resolving runs one file on one thread). */
    public void registerLocal(TypeInfo type) {
        localTypes.put(type.binaryName(), type);
    }

    /** The type of this binary name: a local class of this file, else from the index; null when unknown. */
    public TypeInfo find(String binaryName) {
        TypeInfo local = localTypes.isEmpty() ? null : localTypes.get(binaryName);
        return local != null ? local : index.find(binaryName);
    }

    @Override
    public FileScope file() {
        return this;
    }

    @Override
    public JType simpleType(String name) {
        Optional<JType> hit = cache.get(name);
        if (hit == null) {
            hit = Optional.ofNullable(lookup(name));
            cache.putIfAbsent(name, hit);
        }
        return hit.orElse(null);
    }

    private JType lookup(String name) {
        String imported = singleImports.get(name);
        if (imported != null) {
            String binary = index.resolveQualified(imported);
            return JType.Cls.of(binary != null ? binary : imported);
        }
        String binary = index.typeInPackage(packageName, name);
        if (binary != null) {
            return JType.Cls.of(binary);
        }
        for (String pkg : onDemand) {
            binary = index.isPackage(pkg) ? index.typeInPackage(pkg, name) : memberOf(pkg, name);
            if (binary != null) {
                return JType.Cls.of(binary);
            }
        }
        binary = index.typeInPackage("java.lang", name);
        return binary != null ? JType.Cls.of(binary) : null;
    }

    private String memberOf(String typeName, String name) {
        String owner = index.resolveQualified(typeName);
        return owner == null ? null : index.memberType(owner, name);
    }

    /**
     * The one on-demand imported package the index does not know, as a guess for where an unknown simple name
     * comes from; null when there is none or more than one.
     */
    public String unknownOnDemandPackage() {
        String found = null;
        for (String pkg : onDemand) {
            if (!index.isPackage(pkg) && index.resolveQualified(pkg) == null) {
                if (found != null) {
                    return null;
                }
                found = pkg;
            }
        }
        return found;
    }

    /** Types that statically import a member of this name, in import order (single imports, then on-demand). */
    public List<String> staticImportOwners(String member) {
        List<String> owners = new ArrayList<>(staticSingle.getOrDefault(member, List.of()));
        owners.addAll(staticOnDemand);
        return owners;
    }

    public boolean hasStaticImports() {
        return !staticSingle.isEmpty() || !staticOnDemand.isEmpty();
    }
}
