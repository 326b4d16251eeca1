package dev.cleave.analyzer.internal.resolve;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.type.TypeParameter;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.TypeKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks type declarations and their members, recording the references of declarations (annotations,
 * supertypes, field, parameter and return types, throws clauses) and handing bodies to the
 * {@link StatementWalker}. Creates and links local and anonymous classes on the way.
 */
final class BodyWalker {
    private final FileResolver r;
    private final StatementWalker statements;

    BodyWalker(FileResolver r) {
        this.r = r;
        this.statements = new StatementWalker(r);
    }

    /** Walks a declared type whose {@link TypeInfo} is linked; {@code enclosing} is null for a top-level type. */
    void type(TypeDeclaration<?> td, TypeInfo info, Frame enclosing) {
        Frame f = enclosing == null ? Frame.classFrame(null, r.scope, info) : enclosing.childClass(info);
        td.getAnnotations().forEach(a -> r.exprs.annotation(a, f));
        boolean isInterface = info.isInterface();
        if (td instanceof ClassOrInterfaceDeclaration c) {
            typeParams(c.getTypeParameters(), f);
            c.getExtendedTypes().forEach(t -> r.typeOf(t, f, isInterface ? EdgeKind.IMPLEMENTS : EdgeKind.EXTENDS));
            c.getImplementedTypes().forEach(t -> r.typeOf(t, f, EdgeKind.IMPLEMENTS));
        } else if (td instanceof EnumDeclaration e) {
            e.getImplementedTypes().forEach(t -> r.typeOf(t, f, EdgeKind.IMPLEMENTS));
            for (EnumConstantDeclaration c : e.getEntries()) {
                enumConstant(c, info, f);
            }
        } else if (td instanceof RecordDeclaration rd) {
            typeParams(rd.getTypeParameters(), f);
            rd.getImplementedTypes().forEach(t -> r.typeOf(t, f, EdgeKind.IMPLEMENTS));
            for (Parameter p : rd.getParameters()) {
                p.getAnnotations().forEach(a -> r.exprs.annotation(a, f));
                r.typeOf(p.getType(), f, EdgeKind.FIELD);
            }
        }
        members(td.getMembers(), info, f);
    }

    private void typeParams(NodeList<TypeParameter> params, Frame f) {
        for (TypeParameter tp : params) {
            tp.getAnnotations().forEach(a -> r.exprs.annotation(a, f));
            tp.getTypeBound().forEach(b -> r.typeOf(b, f, EdgeKind.TYPE_USE));
        }
    }

    private void enumConstant(EnumConstantDeclaration c, TypeInfo enumType, Frame f) {
        c.getAnnotations().forEach(a -> r.exprs.annotation(a, f));
        Frame sf = f.child(true);
        r.calls.constructorArgs(enumType, c.getArguments(), sf);
        if (!c.getClassBody().isEmpty()) {
            List<SourceDecl> out = new ArrayList<>();
            String binary = r.localName(enumType.binaryName(), null);
            SourceDecl d = DeclarationExtractor.anonymous(binary, r.currentTop, enumType.binaryName(), null,
                    enumType.binaryName(), c.getClassBody(), sf, out);
            link(out);
            members(c.getClassBody(), d.info(), sf.childClass(d.info()));
        }
    }

    /** Walks the members of a class body in frame {@code f} (the class frame of {@code info}). */
    void members(NodeList<BodyDeclaration<?>> body, TypeInfo info, Frame f) {
        for (BodyDeclaration<?> m : body) {
            if (m instanceof FieldDeclaration fd) {
                fd.getAnnotations().forEach(a -> r.exprs.annotation(a, f));
                Frame ff = f.child(fd.isStatic() || info.isInterface());
                for (VariableDeclarator v : fd.getVariables()) {
                    JType t = r.typeOf(v.getType(), f, EdgeKind.FIELD);
                    v.getInitializer().ifPresent(i -> r.exprs.type(i, ff, t));
                }
            } else if (m instanceof MethodDeclaration md) {
                callable(md, f, md.isStatic());
            } else if (m instanceof ConstructorDeclaration cd) {
                callable(cd, f, false);
            } else if (m instanceof CompactConstructorDeclaration cc) {
                cc.getAnnotations().forEach(a -> r.exprs.annotation(a, f));
                Frame mf = f.child(false);
                if (m.getParentNode().orElse(null) instanceof RecordDeclaration rd) {
                    for (Parameter p : rd.getParameters()) {
                        mf.declare(p.getNameAsString(), r.resolver.resolve(TypeRef.of(p.getType()), f,
                                TypeResolver.Listener.NONE));
                    }
                }
                cc.getThrownExceptions().forEach(t -> r.typeOf(t, mf, EdgeKind.TYPE_USE));
                statements.statement(cc.getBody(), mf);
            } else if (m instanceof InitializerDeclaration init) {
                statements.statement(init.getBody(), f.child(init.isStatic()));
            } else if (m instanceof AnnotationMemberDeclaration am) {
                am.getAnnotations().forEach(a -> r.exprs.annotation(a, f));
                JType t = r.typeOf(am.getType(), f, EdgeKind.TYPE_USE);
                am.getDefaultValue().ifPresent(d -> r.exprs.type(d, f, t));
            } else if (m instanceof TypeDeclaration<?> nested) {
                TypeInfo ni = r.types.info(info.binaryName() + "$" + nested.getNameAsString());
                if (ni != null) {
                    type(nested, ni, f);
                }
            }
        }
    }

    private void callable(CallableDeclaration<?> cd, Frame f, boolean isStatic) {
        cd.getAnnotations().forEach(a -> r.exprs.annotation(a, f));
        Frame mf = f.child(isStatic);
        List<SourceDecl.TypeParamDecl> tps = DeclarationExtractor.typeParams(cd.getTypeParameters());
        mf.typeVars(r.linker.typeVars(tps, f));
        typeParams(cd.getTypeParameters(), mf);
        for (Parameter p : cd.getParameters()) {
            p.getAnnotations().forEach(a -> r.exprs.annotation(a, mf));
            JType t = r.typeOf(p.getType(), mf, EdgeKind.TYPE_USE);
            mf.declare(p.getNameAsString(), p.isVarArgs() ? new JType.Arr(t) : t);
        }
        cd.getThrownExceptions().forEach(t -> r.typeOf(t, mf, EdgeKind.TYPE_USE));
        if (cd instanceof MethodDeclaration md) {
            mf.returnType = r.typeOf(md.getType(), mf, EdgeKind.TYPE_USE);
            md.getBody().ifPresent(b -> statements.statement(b, mf));
        } else if (cd instanceof ConstructorDeclaration c) {
            mf.returnType = JType.VOID;
            statements.statement(c.getBody(), mf);
        }
    }

    /** Declares, links and walks an anonymous class; returns its type. */
    JType anonymous(ObjectCreationExpr e, Frame f) {
        Frame cf = f.classFrame();
        String outer = cf == null ? r.currentTop : cf.clazz().binaryName();
        List<SourceDecl> out = new ArrayList<>();
        SourceDecl d = DeclarationExtractor.anonymous(r.localName(outer, null), r.currentTop, outer,
                TypeRef.of(e.getType()), null, e.getAnonymousClassBody().get(), f, out);
        link(out);
        members(e.getAnonymousClassBody().get(), d.info(), f.childClass(d.info()));
        return d.info().selfType();
    }

    /**
     * Declares a local class (or record, enum, interface) in frame {@code f}, links and walks it. Its canonical
     * name is taken as its enclosing class's plus its simple name, as JavaParser's symbol solver names it.
     */
    void localType(TypeDeclaration<?> td, Frame f) {
        Frame cf = f.classFrame();
        String outer = cf == null ? r.currentTop : cf.clazz().binaryName();
        String binary = r.localName(outer, td.getNameAsString());
        f.declareType(td.getNameAsString(), binary);
        List<SourceDecl> out = new ArrayList<>();
        String outerName = cf == null ? r.currentTop : cf.clazz().canonicalName();
        String name = outerName == null ? null : outerName + "." + td.getNameAsString();
        SourceDecl d = DeclarationExtractor.declare(td, binary, name, r.currentTop, outer,
                DeclarationExtractor.kindOf(td) != TypeKind.CLASS, f, out);
        link(out);
        type(td, d.info(), f);
    }

    private void link(List<SourceDecl> decls) {
        decls.forEach(d -> r.scope.registerLocal(d.info()));
        decls.forEach(r.linker::linkNow);
    }

    /** Declares the variables a pattern binds, recording the types it tests. */
    void pattern(PatternExpr p, Frame f, JType matched) {
        if (p instanceof TypePatternExpr tp) {
            TypeRef ref = TypeRef.of(tp.getType());
            JType t = ref instanceof TypeRef.Inferred ? matched : r.typeOf(ref, f, EdgeKind.TYPE_USE);
            f.declare(tp.getNameAsString(), t);
        } else if (p instanceof RecordPatternExpr rp) {
            JType t = r.typeOf(rp.getType(), f, EdgeKind.TYPE_USE);
            JType.Cls c = Types.classOf(t);
            TypeInfo info = c == null ? null : r.types.info(c.name());
            List<JType> components = List.of();
            if (info != null) {
                for (MethodInfo ctor : info.constructors()) {
                    if (ctor.arity() == rp.getPatternList().size()) {
                        var subst = r.types.substitution(c);
                        components = ctor.params().stream().map(x -> Types.subst(x, subst)).toList();
                        break;
                    }
                }
            }
            for (int i = 0; i < rp.getPatternList().size(); i++) {
                JType ct = i < components.size() ? components.get(i) : JType.UNKNOWN;
                if (rp.getPatternList().get(i) instanceof PatternExpr inner) {
                    pattern(inner, f, ct);
                }
            }
        }
    }

    /** Walks switch entries; {@code results} (when not null) receives the types of the arms' values. */
    void switchEntries(JType selector, NodeList<com.github.javaparser.ast.stmt.SwitchEntry> entries, Frame f,
                       List<JType> results, JType target) {
        statements.switchEntries(selector, entries, f, results, target);
    }

    void statement(com.github.javaparser.ast.stmt.Statement s, Frame f) {
        statements.statement(s, f);
    }
}
