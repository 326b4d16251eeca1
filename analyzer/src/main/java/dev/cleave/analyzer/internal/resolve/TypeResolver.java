package dev.cleave.analyzer.internal.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns type names as written into {@link JType}s within a {@link TypeScope} (JLS §6.5.5): the first segment as
 * a type in scope (then member types), else the longest package prefix. When exact resolution fails: a unique
 * project type of that simple name (fallback), the single unknown on-demand imported package, or the qualified
 * name as written (external).
 */
public final class TypeResolver {
    /** Hears every class name resolved while resolving a type, type arguments included. */
    public interface Listener {
        Listener NONE = hit -> {
        };

        void named(NameHit hit);
    }

    private final TypeIndex index;

    public TypeResolver(TypeIndex index) {
        this.index = index;
    }

    public TypeIndex index() {
        return index;
    }

    public JType resolve(TypeRef ref, TypeScope scope, Listener listener) {
        if (ref instanceof TypeRef.Prim p) {
            return p.type();
        } else if (ref instanceof TypeRef.Array a) {
            return new JType.Arr(resolve(a.component(), scope, listener));
        } else if (ref instanceof TypeRef.Wild w) {
            return new JType.Wild(w.bound() == null ? null : resolve(w.bound(), scope, listener), w.upper());
        } else if (ref instanceof TypeRef.Union u) {
            List<JType> alts = new ArrayList<>();
            u.alternatives().forEach(a -> alts.add(resolve(a, scope, listener)));
            return alts.isEmpty() ? JType.UNKNOWN : alts.get(0);
        } else if (ref instanceof TypeRef.Named n) {
            return named(n, scope, listener);
        }
        return JType.UNKNOWN;
    }

    private JType named(TypeRef.Named n, TypeScope scope, Listener listener) {
        if (n.names().size() == 1) {
            JType simple = scope.simpleType(n.names().get(0));
            if (simple instanceof JType.Var v) {
                return v;
            }
        }
        NameHit hit = resolveName(n.names(), scope);
        listener.named(hit);
        List<JType> args = new ArrayList<>();
        for (List<TypeRef> segmentArgs : n.args()) {
            args.clear();
            for (TypeRef a : segmentArgs) {
                args.add(resolve(a, scope, listener));
            }
        }
        return hit.resolved() ? new JType.Cls(hit.name(), args) : JType.UNKNOWN;
    }

    /** Resolves a possibly qualified class name. */
    public NameHit resolveName(List<String> names, TypeScope scope) {
        JType first = scope.simpleType(names.get(0));
        if (first instanceof JType.Cls c) {
            return members(c.name(), names, 1, scope.file());
        }
        for (int k = names.size(); k >= 2; k--) {
            String bin = index.resolveQualified(String.join(".", names.subList(0, k)));
            if (bin != null) {
                return members(bin, names, k, scope.file());
            }
        }
        if (names.size() > 1) {
            return new NameHit(String.join(".", names), NameHit.Status.EXTERNAL);
        }
        String simple = names.get(0);
        List<String> candidates = index.sourceTypesNamed(simple);
        if (candidates.size() == 1) {
            return new NameHit(candidates.get(0), NameHit.Status.FALLBACK);
        }
        String pkg = scope.file().unknownOnDemandPackage();
        if (pkg != null) {
            return new NameHit(pkg + "." + simple, NameHit.Status.EXTERNAL);
        }
        return NameHit.UNRESOLVED;
    }

    private NameHit members(String owner, List<String> names, int from, FileScope file) {
        String current = owner;
        for (int i = from; i < names.size(); i++) {
            TypeInfo t = file.find(current);
            String member = t == null ? null : t.memberTypes().get(names.get(i));
            if (member == null && t != null) {
                member = index.memberType(current, names.get(i));
            }
            if (member == null) {
                String rest = String.join(".", names.subList(i, names.size()));
                return new NameHit(current + "." + rest, NameHit.Status.EXTERNAL);
            }
            current = member;
        }
        TypeInfo t = file.find(current);
        return new NameHit(current, t != null && t.isSource() ? NameHit.Status.EXACT : NameHit.Status.EXTERNAL);
    }
}
