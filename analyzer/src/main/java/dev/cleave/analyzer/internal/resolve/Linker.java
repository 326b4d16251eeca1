package dev.cleave.analyzer.internal.resolve;

import dev.cleave.model.TypeKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes source {@link TypeInfo}s from their {@link SourceDecl}s: first supertypes and type parameters
 * (lazily, in dependency order, because resolving a supertype name may need the inherited member types of an
 * enclosing class), then fields and methods. Supertype linking of the project index runs on one thread;
 * member linking may run in parallel. Local and anonymous classes are linked on the spot.
 */
public final class Linker {
    private final TypeResolver resolver;
    private final Map<TypeInfo, SourceDecl> pending = new HashMap<>();
    private final Map<TypeInfo, Boolean> state = new HashMap<>();

    public Linker(TypeResolver resolver) {
        this.resolver = resolver;
    }

    /** Links the supertypes of all these declarations, in the given order, on the calling thread. */
    public void linkSupertypes(List<SourceDecl> decls) {
        decls.forEach(d -> pending.put(d.info(), d));
        resolver.index().attach(this);
        try {
            decls.forEach(d -> ensureSupertypes(d.info()));
        } finally {
            resolver.index().attach(null);
            pending.clear();
            state.clear();
        }
    }

    void ensureSupertypes(TypeInfo t) {
        SourceDecl d = pending.get(t);
        if (d == null || state.containsKey(t)) {
            return;
        }
        state.put(t, Boolean.TRUE);
        supertypes(d);
    }

    /** Links one declaration completely (a local or anonymous class, whose scope is already linked). */
    public void linkNow(SourceDecl d) {
        supertypes(d);
        members(d);
    }

    private void supertypes(SourceDecl d) {
        TypeInfo t = d.info();
        List<JType.Var> vars = typeVars(d.typeParams(), d.scope());
        TypeScope scope = vars.isEmpty() ? d.scope() : new ClassScope.Vars(vars, d.scope());
        JType.Cls superclass = null;
        List<JType.Cls> interfaces = new ArrayList<>();
        boolean isInterface = t.isInterface();
        for (TypeRef r : d.extendsRefs()) {
            if (resolver.resolve(r, scope, TypeResolver.Listener.NONE) instanceof JType.Cls c) {
                TypeInfo target = scope.file().find(c.name());
                if (isInterface || (target != null && target.isInterface())) {
                    interfaces.add(c);
                } else if (superclass == null) {
                    superclass = c;
                }
            }
        }
        for (TypeRef r : d.implementsRefs()) {
            if (resolver.resolve(r, scope, TypeResolver.Listener.NONE) instanceof JType.Cls c) {
                interfaces.add(c);
            }
        }
        if (t.kind() == TypeKind.ENUM && superclass == null) {
            superclass = new JType.Cls(d.implicitSuper(), List.of(JType.Cls.of(t.binaryName())));
        } else if (t.kind() == TypeKind.ANNOTATION) {
            interfaces.add(JType.Cls.of(d.implicitSuper()));
        } else if (superclass == null && d.implicitSuper() != null) {
            superclass = JType.Cls.of(d.implicitSuper());
        }
        if (superclass == null && !isInterface && !t.binaryName().equals("java.lang.Object")) {
            superclass = JType.OBJECT;
        }
        t.setSupertypes(vars, superclass, interfaces);
    }

    /**
     * Type variables with their first bound other than Object ({@code T extends Object & Comparable<T>} is
     * bounded by Comparable); a bound mentioning the variables sees them bounded by Object.
     */
    List<JType.Var> typeVars(List<SourceDecl.TypeParamDecl> params, TypeScope scope) {
        if (params.isEmpty()) {
            return List.of();
        }
        List<JType.Var> shallow = new ArrayList<>();
        params.forEach(p -> shallow.add(new JType.Var(p.name(), JType.OBJECT)));
        TypeScope inner = new ClassScope.Vars(shallow, scope);
        List<JType.Var> vars = new ArrayList<>();
        for (SourceDecl.TypeParamDecl p : params) {
            JType bound = JType.OBJECT;
            for (TypeRef b : p.bounds()) {
                JType t = resolver.resolve(b, inner, TypeResolver.Listener.NONE);
                if (!t.isUnknown() && !JType.OBJECT.equals(t)) {
                    bound = t;
                    break;
                }
            }
            vars.add(new JType.Var(p.name(), bound));
        }
        return vars;
    }

    /** Links fields, methods and constructors; the supertypes must be linked. */
    public void members(SourceDecl d) {
        TypeInfo t = d.info();
        TypeScope scope = new ClassScope(t, d.scope());
        Map<String, FieldInfo> fields = new HashMap<>();
        for (SourceDecl.FieldDecl f : d.fields()) {
            JType type = resolver.resolve(f.type(), scope, TypeResolver.Listener.NONE);
            fields.putIfAbsent(f.name(), new FieldInfo(f.name(), t.binaryName(), type, f.isStatic()));
        }
        Map<String, List<MethodInfo>> methods = new HashMap<>();
        for (SourceDecl.MethodDecl m : d.methods()) {
            methods.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(method(t, m, scope));
        }
        List<MethodInfo> ctors = new ArrayList<>();
        d.constructors().forEach(c -> ctors.add(method(t, c, scope)));
        t.setMembers(fields, methods, ctors);
    }

    private MethodInfo method(TypeInfo t, SourceDecl.MethodDecl m, TypeScope classScope) {
        List<JType.Var> vars = typeVars(m.typeParams(), classScope);
        TypeScope scope = vars.isEmpty() ? classScope : new ClassScope.Vars(vars, classScope);
        List<JType> params = new ArrayList<>();
        m.params().forEach(p -> params.add(resolver.resolve(p, scope, TypeResolver.Listener.NONE)));
        JType ret = resolver.resolve(m.returnType(), scope, TypeResolver.Listener.NONE);
        return new MethodInfo(m.name(), t.binaryName(), vars, params, m.varargs(), ret, m.flags());
    }
}
