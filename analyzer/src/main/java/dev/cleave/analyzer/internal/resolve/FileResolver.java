package dev.cleave.analyzer.internal.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import dev.cleave.analyzer.internal.facts.TypeNameResolver;
import dev.cleave.model.CallSite;
import dev.cleave.model.EdgeKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Resolves every reference of one compilation unit against the linked {@link TypeIndex} and records them in a
 * {@link FileReferences}. One instance per file and thread.
 */
public final class FileResolver {
    final TypeIndex index;
    final TypeResolver resolver;
    final Linker linker;
    final FileScope scope;
    final Types types;
    final FileReferences refs = new FileReferences();
    final ExprTyper exprs;
    final Calls calls;
    final BodyWalker walker;
    private final Operations operations;
    private final BiConsumer<MethodCallExpr, String> callObserver;
    private Consumer<CallSite> sites;
    private String file;
    String currentTop;
    private int localCounter;

    /**
     * @param callObserver hears each method call with the canonical name of the type that declares the method
     *                     it resolved to (null when unresolved); for cross-checks
     */
    public FileResolver(TypeIndex index, FileScope scope, BiConsumer<MethodCallExpr, String> callObserver) {
        this.index = index;
        this.resolver = new TypeResolver(index);
        this.linker = new Linker(resolver);
        this.scope = scope;
        this.types = new Types(scope);
        this.exprs = new ExprTyper(this);
        this.calls = new Calls(this);
        this.walker = new BodyWalker(this);
        this.operations = new Operations(scope);
        this.callObserver = callObserver;
    }

    /**
     * Makes {@link #resolve} report each call of an operation of another project type, located in {@code file} (the
     * relative path the sites name). Off by default: an analysis only counts calls.
     */
    public FileResolver reportingSites(String file, Consumer<CallSite> sink) {
        this.file = file;
        this.sites = sink;
        return this;
    }

    /** Resolves the references of all top-level types of the unit. */
    public FileReferences resolve(CompilationUnit cu) {
        String pkg = scope.packageName();
        for (TypeDeclaration<?> td : cu.getTypes()) {
            String binary = pkg.isEmpty() ? td.getNameAsString() : pkg + "." + td.getNameAsString();
            TypeInfo info = index.find(binary);
            if (info == null || !info.isSource()) {
                continue;
            }
            currentTop = info.topLevel();
            walker.type(td, info, null);
        }
        return refs;
    }

    /** The references recorded so far. */
    public FileReferences references() {
        return refs;
    }

    /** Resolves type names written in this file for the facts extractor, to canonical names. */
    public TypeNameResolver typeNames() {
        return (name, context) -> {
            NameHit hit = resolver.resolveName(Arrays.asList(name.split("\\.")), scopeAt(context));
            if (!hit.resolved()) {
                return null;
            }
            TypeInfo t = scope.find(hit.name());
            return t == null ? hit.name() : t.canonicalName() != null ? t.canonicalName() : null;
        };
    }

    private TypeScope scopeAt(Node context) {
        List<TypeDeclaration<?>> chain = new ArrayList<>();
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> td) {
                if (!(td.getParentNode().orElse(null) instanceof TypeDeclaration<?>)
                        && !(td.getParentNode().orElse(null) instanceof CompilationUnit)) {
                    chain.clear();
                    continue;
                }
                chain.add(0, td);
            }
        }
        TypeScope s = scope;
        String binary = null;
        for (TypeDeclaration<?> td : chain) {
            String pkg = scope.packageName();
            binary = binary == null ? (pkg.isEmpty() ? "" : pkg + ".") + td.getNameAsString()
                    : binary + "$" + td.getNameAsString();
            TypeInfo info = index.find(binary);
            if (info == null) {
                break;
            }
            s = new ClassScope(info, s);
        }
        return s;
    }

    /** A fresh binary name for a local or anonymous class inside {@code outer}. */
    String localName(String outer, String simple) {
        return outer + "$" + (++localCounter) + (simple == null ? "" : simple);
    }

    /** Resolves a written type, recording each class name in it (the outermost as {@code kind}). */
    JType typeOf(Type type, TypeScope at, EdgeKind kind) {
        return typeOf(TypeRef.of(type), at, kind);
    }

    JType typeOf(TypeRef ref, TypeScope at, EdgeKind kind) {
        EdgeKind[] next = {kind};
        return resolver.resolve(ref, at, hit -> {
            recordType(hit, next[0]);
            if (kind != EdgeKind.FIELD) {
                next[0] = EdgeKind.TYPE_USE;
            }
        });
    }

    void recordType(NameHit hit, EdgeKind kind) {
        String to = null;
        if (hit.resolved()) {
            TypeInfo t = scope.find(hit.name());
            to = t != null ? t.topLevel() : null;
        }
        refs.reference(currentTop, to, hit.status(), kind, false, "type-not-found");
    }

    /** Records a resolved reference to a member declared in {@code declaring} (a binary name). */
    void recordMember(String declaring, EdgeKind kind, boolean call) {
        TypeInfo t = scope.find(declaring);
        boolean source = t != null && t.isSource();
        refs.reference(currentTop, source ? t.topLevel() : null,
                source ? NameHit.Status.EXACT : NameHit.Status.EXTERNAL, kind, call, null);
    }

    /**
     * Records a call or method reference resolved exactly to {@code method}: a reference to its declaring type and,
     * when that is another project type, the method as an operation of the call edge.
     *
     * @param call whether it is a method call (counted in the method-call stats), not a method reference
     * @param at   the call or method reference, for {@link #reportingSites}
     */
    void recordCall(MethodInfo method, boolean call, Node at) {
        TypeInfo t = scope.find(method.declaring());
        if (t == null || !t.isSource()) {
            refs.reference(currentTop, null, NameHit.Status.EXTERNAL, EdgeKind.CALL, call, null);
            return;
        }
        String to = t.topLevel();
        String operation = currentTop == null || to.equals(currentTop) ? null : operations.of(method, t);
        refs.reference(currentTop, to, NameHit.Status.EXACT, EdgeKind.CALL, call, null, operation);
        if (sites != null && operation != null) {
            // a chained call starts where its receiver does: the line is the method name's
            Node named = at instanceof MethodCallExpr mc ? mc.getName() : at;
            sites.accept(new CallSite(currentTop, to, operation, file, named.getBegin().map(p -> p.line).orElse(0)));
        }
    }

    /** Records a reference resolved by the name-matching fallback to a project type. */
    void recordFallback(String declaring, EdgeKind kind, boolean call) {
        TypeInfo t = scope.find(declaring);
        refs.reference(currentTop, t == null ? null : t.topLevel(), NameHit.Status.FALLBACK, kind, call, null);
    }

    void recordExternal(boolean call) {
        refs.reference(currentTop, null, NameHit.Status.EXTERNAL, null, call, null);
    }

    void recordUnresolved(String reason, boolean call) {
        refs.reference(currentTop, null, NameHit.Status.UNRESOLVED, null, call, reason);
    }

    /** The canonical name; for an anonymous class, its enclosing class's name plus {@code .Anonymous}. */
    private String displayName(TypeInfo t) {
        if (t.canonicalName() != null) {
            return t.canonicalName();
        }
        TypeInfo outer = t.outer() == null ? null : scope.find(t.outer());
        return outer == null ? null : displayName(outer) + ".Anonymous";
    }

    void observeCall(MethodCallExpr call, String declaring) {
        if (callObserver != null) {
            TypeInfo t = declaring == null ? null : scope.find(declaring);
            callObserver.accept(call, t == null ? declaring : displayName(t));
        }
    }
}
