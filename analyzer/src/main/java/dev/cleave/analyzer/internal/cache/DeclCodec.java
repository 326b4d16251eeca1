package dev.cleave.analyzer.internal.cache;

import dev.cleave.analyzer.internal.resolve.DeclarationIndex;
import dev.cleave.analyzer.internal.resolve.FileScope;
import dev.cleave.analyzer.internal.resolve.JType;
import dev.cleave.analyzer.internal.resolve.SourceDecl;
import dev.cleave.analyzer.internal.resolve.TypeInfo;
import dev.cleave.analyzer.internal.resolve.TypeRef;
import dev.cleave.analyzer.internal.resolve.TypeScope;
import dev.cleave.model.Problem;
import dev.cleave.model.TypeKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads what indexing learnt from one file without its syntax tree: its {@link FileScope} (package and
 * imports) and its {@link SourceDecl}s as written, unlinked. Read back, they are fresh objects for the linker: a
 * member type's scope is rebuilt as its enclosing declaration's member scope, as indexing made it.
 */
public final class DeclCodec {
    private DeclCodec() {
    }

    public static void writeScope(Blob.Writer w, FileScope scope) {
        w.string(scope.packageName()).strings(scope.imports()).strings(scope.staticImports());
    }

    public static FileScope readScope(Blob.Reader r) throws IOException {
        return new FileScope(r.text(), r.strings(), r.strings());
    }

    public static void writeDecls(Blob.Writer w, List<SourceDecl> decls) {
        w.uint(decls.size());
        for (SourceDecl d : decls) {
            TypeInfo t = d.info();
            w.string(t.binaryName()).string(t.canonicalName()).string(t.topLevel()).string(t.kind().name())
                    .bool(t.isStatic()).string(t.outer());
            w.uint(t.memberTypes().size());
            t.memberTypes().forEach((k, v) -> w.string(k).string(v));
            params(w, d.typeParams());
            refs(w, d.extendsRefs());
            refs(w, d.implementsRefs());
            w.string(d.implicitSuper());
            w.uint(d.fields().size());
            d.fields().forEach(f -> ref(w.string(f.name()), f.type()).bool(f.isStatic()));
            methods(w, d.methods());
            methods(w, d.constructors());
        }
    }

    /** @throws IOException when a member type's enclosing type is not declared before it */
    public static List<SourceDecl> readDecls(Blob.Reader r, FileScope scope) throws IOException {
        int n = r.count();
        List<SourceDecl> out = new ArrayList<>(n);
        Map<String, SourceDecl> byName = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String binary = r.text();
            String canonical = r.string();
            String top = r.text();
            TypeKind kind = r.constant(TypeKind.class);
            boolean isStatic = r.bool();
            String outer = r.string();
            int members = r.count();
            Map<String, String> memberTypes = new LinkedHashMap<>();
            for (int m = 0; m < members; m++) {
                memberTypes.put(r.text(), r.text());
            }
            TypeInfo info = new TypeInfo(binary, canonical, top, kind, isStatic, outer, memberTypes);
            TypeScope at = scope;
            if (outer != null) {
                SourceDecl enclosing = byName.get(outer);
                if (enclosing == null) {
                    throw new IOException("member type " + binary + " before its enclosing type");
                }
                at = DeclarationIndex.memberScope(enclosing.info(), enclosing.scope());
            }
            List<SourceDecl.TypeParamDecl> params = params(r);
            List<TypeRef> ext = refs(r);
            List<TypeRef> impl = refs(r);
            String implicitSuper = r.string();
            int fieldCount = r.count();
            List<SourceDecl.FieldDecl> fields = new ArrayList<>(fieldCount);
            for (int f = 0; f < fieldCount; f++) {
                fields.add(new SourceDecl.FieldDecl(r.text(), ref(r), r.bool()));
            }
            SourceDecl d = new SourceDecl(info, at, params, ext, impl, implicitSuper, fields, methods(r), methods(r));
            byName.put(binary, d);
            out.add(d);
        }
        return out;
    }

    private static void methods(Blob.Writer w, List<SourceDecl.MethodDecl> methods) {
        w.uint(methods.size());
        for (SourceDecl.MethodDecl m : methods) {
            w.string(m.name());
            params(w, m.typeParams());
            refs(w, m.params());
            ref(w.bool(m.varargs()), m.returnType()).uint(m.flags());
        }
    }

    private static List<SourceDecl.MethodDecl> methods(Blob.Reader r) throws IOException {
        int n = r.count();
        List<SourceDecl.MethodDecl> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new SourceDecl.MethodDecl(r.text(), params(r), refs(r), r.bool(), ref(r), r.integer()));
        }
        return out;
    }

    private static void params(Blob.Writer w, List<SourceDecl.TypeParamDecl> params) {
        w.uint(params.size());
        params.forEach(p -> refs(w.string(p.name()), p.bounds()));
    }

    private static List<SourceDecl.TypeParamDecl> params(Blob.Reader r) throws IOException {
        int n = r.count();
        List<SourceDecl.TypeParamDecl> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new SourceDecl.TypeParamDecl(r.text(), refs(r)));
        }
        return List.copyOf(out);
    }

    private static Blob.Writer refs(Blob.Writer w, List<TypeRef> refs) {
        w.uint(refs.size());
        refs.forEach(t -> ref(w, t));
        return w;
    }

    private static List<TypeRef> refs(Blob.Reader r) throws IOException {
        int n = r.count();
        List<TypeRef> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(ref(r));
        }
        return List.copyOf(out);
    }

    private static Blob.Writer ref(Blob.Writer w, TypeRef t) {
        if (t instanceof TypeRef.Named n) {
            w.uint(0).strings(n.names()).uint(n.args().size());
            n.args().forEach(a -> refs(w, a));
            w.bool(n.diamond());
        } else if (t instanceof TypeRef.Prim p) {
            w.uint(1).string(p.type().name());
        } else if (t instanceof TypeRef.Array a) {
            ref(w.uint(2), a.component());
        } else if (t instanceof TypeRef.Wild wild) {
            w.uint(3).bool(wild.bound() != null).bool(wild.upper());
            if (wild.bound() != null) {
                ref(w, wild.bound());
            }
        } else if (t instanceof TypeRef.Union u) {
            refs(w.uint(5), u.alternatives());
        } else {
            w.uint(4);
        }
        return w;
    }

    private static TypeRef ref(Blob.Reader r) throws IOException {
        long tag = r.uint();
        switch ((int) tag) {
            case 0: {
                List<String> names = List.copyOf(r.strings());
                int n = r.count();
                List<List<TypeRef>> args = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    args.add(refs(r));
                }
                return new TypeRef.Named(names, List.copyOf(args), r.bool());
            }
            case 1: {
                JType.Prim p = JType.PRIMITIVES.get(r.text());
                if (p == null) {
                    throw new IOException("unknown primitive in blob");
                }
                return new TypeRef.Prim(p);
            }
            case 2:
                return new TypeRef.Array(ref(r));
            case 3: {
                boolean bounded = r.bool();
                boolean upper = r.bool();
                return new TypeRef.Wild(bounded ? ref(r) : null, upper);
            }
            case 4:
                return TypeRef.INFERRED;
            case 5:
                return new TypeRef.Union(refs(r));
            default:
                throw new IOException("unknown type reference tag " + tag);
        }
    }

    public static void writeProblems(Blob.Writer w, List<Problem> problems) {
        w.uint(problems.size());
        problems.forEach(p -> w.string(p.file()).uint(p.line()).string(p.reason()));
    }

    public static List<Problem> readProblems(Blob.Reader r) throws IOException {
        int n = r.count();
        List<Problem> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Problem(r.text(), r.integer(), r.text()));
        }
        return out;
    }
}
