package dev.cleave.analyzer.internal.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.TypeParameter;
import dev.cleave.model.TypeKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts the declarations of types from the AST: kind, type parameters, supertypes, fields, methods,
 * constructors, plus the implicit members of enums (constants, {@code values}, {@code valueOf}) and records
 * (components, accessors, canonical constructor) and default constructors. Member types are extracted too.
 */
final class DeclarationExtractor {
    private DeclarationExtractor() {
    }

    /** The top-level and member types of a file, outermost first. */
    static List<SourceDecl> indexFile(CompilationUnit cu, FileScope scope) {
        List<SourceDecl> out = new ArrayList<>();
        String pkg = scope.packageName();
        for (TypeDeclaration<?> td : cu.getTypes()) {
            String name = pkg.isEmpty() ? td.getNameAsString() : pkg + "." + td.getNameAsString();
            declare(td, name, name, name, null, true, scope, out);
        }
        return out;
    }

    /** Declares {@code td} and, recursively, its member types into {@code out}; returns the first. */
    static SourceDecl declare(TypeDeclaration<?> td, String binary, String canonical, String topLevel,
                              String outer, boolean isStatic, TypeScope scope, List<SourceDecl> out) {
        TypeKind kind = kindOf(td);
        Map<String, String> memberTypes = new LinkedHashMap<>();
        for (BodyDeclaration<?> m : td.getMembers()) {
            if (m instanceof TypeDeclaration<?> nested) {
                memberTypes.put(nested.getNameAsString(), binary + "$" + nested.getNameAsString());
            }
        }
        boolean staticType = isStatic || kind != TypeKind.CLASS || td.hasModifier(Modifier.Keyword.STATIC);
        TypeInfo info = new TypeInfo(binary, canonical, topLevel, kind, staticType, outer, memberTypes);
        List<TypeRef> ext = new ArrayList<>();
        List<TypeRef> impl = new ArrayList<>();
        List<SourceDecl.TypeParamDecl> tps = List.of();
        if (td instanceof ClassOrInterfaceDeclaration c) {
            ext.addAll(TypeRef.all(c.getExtendedTypes()));
            impl.addAll(TypeRef.all(c.getImplementedTypes()));
            tps = typeParams(c.getTypeParameters());
        } else if (td instanceof EnumDeclaration e) {
            impl.addAll(TypeRef.all(e.getImplementedTypes()));
        } else if (td instanceof RecordDeclaration r) {
            impl.addAll(TypeRef.all(r.getImplementedTypes()));
            tps = typeParams(r.getTypeParameters());
        }
        String implicitSuper = switch (kind) {
            case ENUM -> "java.lang.Enum";
            case RECORD -> "java.lang.Record";
            case ANNOTATION -> "java.lang.annotation.Annotation";
            default -> null;
        };
        Members members = new Members(binary, kind == TypeKind.INTERFACE || kind == TypeKind.ANNOTATION);
        members.addAll(td.getMembers());
        members.implicit(td);
        SourceDecl decl = new SourceDecl(info, scope, tps, ext, impl, implicitSuper, members.fields,
                members.methods, members.ctors);
        out.add(decl);
        for (BodyDeclaration<?> m : td.getMembers()) {
            if (m instanceof TypeDeclaration<?> nested) {
                String simple = nested.getNameAsString();
                declare(nested, binary + "$" + simple, canonical == null ? null : canonical + "." + simple,
                        topLevel, binary, kind != TypeKind.CLASS, new ClassScope(info, scope), out);
            }
        }
        return decl;
    }

    /**
     * Declares an anonymous class (or enum constant body) with the given supertype as written (resolved later
     * to a class or an interface) or, for an enum constant, {@code implicitSuper}.
     */
    static SourceDecl anonymous(String binary, String topLevel, String outer, TypeRef supertype,
                                String implicitSuper, NodeList<BodyDeclaration<?>> body, TypeScope scope,
                                List<SourceDecl> out) {
        Map<String, String> memberTypes = new LinkedHashMap<>();
        for (BodyDeclaration<?> m : body) {
            if (m instanceof TypeDeclaration<?> nested) {
                memberTypes.put(nested.getNameAsString(), binary + "$" + nested.getNameAsString());
            }
        }
        TypeInfo info = new TypeInfo(binary, null, topLevel, TypeKind.CLASS, false, outer, memberTypes);
        Members members = new Members(binary, false);
        members.addAll(body);
        SourceDecl decl = new SourceDecl(info, scope, List.of(), supertype == null ? List.of() : List.of(supertype),
                List.of(), implicitSuper, members.fields, members.methods, members.ctors);
        out.add(decl);
        for (BodyDeclaration<?> m : body) {
            if (m instanceof TypeDeclaration<?> nested) {
                String simple = nested.getNameAsString();
                declare(nested, binary + "$" + simple, null, topLevel, binary, false, new ClassScope(info, scope),
                        out);
            }
        }
        return decl;
    }

    static TypeKind kindOf(TypeDeclaration<?> td) {
        if (td instanceof ClassOrInterfaceDeclaration c) {
            return c.isInterface() ? TypeKind.INTERFACE : TypeKind.CLASS;
        } else if (td instanceof EnumDeclaration) {
            return TypeKind.ENUM;
        } else if (td instanceof RecordDeclaration) {
            return TypeKind.RECORD;
        } else if (td instanceof AnnotationDeclaration) {
            return TypeKind.ANNOTATION;
        }
        return TypeKind.CLASS;
    }

    static List<SourceDecl.TypeParamDecl> typeParams(NodeList<TypeParameter> params) {
        List<SourceDecl.TypeParamDecl> out = new ArrayList<>();
        for (TypeParameter p : params) {
            out.add(new SourceDecl.TypeParamDecl(p.getNameAsString(), TypeRef.all(p.getTypeBound())));
        }
        return List.copyOf(out);
    }

    static List<TypeRef> paramRefs(NodeList<Parameter> params) {
        List<TypeRef> out = new ArrayList<>();
        for (Parameter p : params) {
            TypeRef t = TypeRef.of(p.getType());
            out.add(p.isVarArgs() ? new TypeRef.Array(t) : t);
        }
        return out;
    }

    static boolean isVarargs(NodeList<Parameter> params) {
        return !params.isEmpty() && params.get(params.size() - 1).isVarArgs();
    }

    /** Collects the members of one type body. */
    private static final class Members {
        private final String binary;
        private final boolean isInterface;
        final List<SourceDecl.FieldDecl> fields = new ArrayList<>();
        final List<SourceDecl.MethodDecl> methods = new ArrayList<>();
        final List<SourceDecl.MethodDecl> ctors = new ArrayList<>();

        Members(String binary, boolean isInterface) {
            this.binary = binary;
            this.isInterface = isInterface;
        }

        void addAll(NodeList<BodyDeclaration<?>> body) {
            for (BodyDeclaration<?> m : body) {
                if (m instanceof FieldDeclaration f) {
                    boolean isStatic = isInterface || f.isStatic();
                    for (VariableDeclarator v : f.getVariables()) {
                        fields.add(new SourceDecl.FieldDecl(v.getNameAsString(), TypeRef.of(v.getType()), isStatic));
                    }
                } else if (m instanceof MethodDeclaration md) {
                    boolean abstractMethod = md.isAbstract() || (isInterface && md.getBody().isEmpty()
                            && !md.isStatic() && !md.isDefault() && !md.isPrivate());
                    int flags = (md.isStatic() ? MethodInfo.STATIC : 0)
                            | (abstractMethod ? MethodInfo.ABSTRACT : 0) | (md.isDefault() ? MethodInfo.DEFAULT : 0);
                    methods.add(new SourceDecl.MethodDecl(md.getNameAsString(), typeParams(md.getTypeParameters()),
                            paramRefs(md.getParameters()), isVarargs(md.getParameters()), TypeRef.of(md.getType()),
                            flags));
                } else if (m instanceof ConstructorDeclaration cd) {
                    ctors.add(new SourceDecl.MethodDecl(MethodInfo.CONSTRUCTOR, typeParams(cd.getTypeParameters()),
                            paramRefs(cd.getParameters()), isVarargs(cd.getParameters()), new TypeRef.Prim(JType.VOID),
                            0));
                } else if (m instanceof AnnotationMemberDeclaration am) {
                    methods.add(new SourceDecl.MethodDecl(am.getNameAsString(), List.of(), List.of(), false,
                            TypeRef.of(am.getType()), MethodInfo.ABSTRACT));
                }
            }
        }

        void implicit(TypeDeclaration<?> td) {
            TypeRef self = new TypeRef.Named(List.of(td.getNameAsString()), List.of(List.of()), false);
            if (td instanceof EnumDeclaration e) {
                for (EnumConstantDeclaration c : e.getEntries()) {
                    fields.add(new SourceDecl.FieldDecl(c.getNameAsString(), self, true));
                }
                methods.add(new SourceDecl.MethodDecl("values", List.of(), List.of(), false, new TypeRef.Array(self),
                        MethodInfo.STATIC));
                TypeRef string = new TypeRef.Named(List.of("java", "lang", "String"),
                        List.of(List.of(), List.of(), List.of()), false);
                methods.add(new SourceDecl.MethodDecl("valueOf", List.of(), List.of(string), false, self,
                        MethodInfo.STATIC));
            } else if (td instanceof RecordDeclaration r) {
                List<TypeRef> componentTypes = paramRefs(r.getParameters());
                for (int i = 0; i < r.getParameters().size(); i++) {
                    String name = r.getParameters().get(i).getNameAsString();
                    fields.add(new SourceDecl.FieldDecl(name, componentTypes.get(i), false));
                    boolean declared = methods.stream().anyMatch(m -> m.name().equals(name) && m.params().isEmpty());
                    if (!declared) {
                        methods.add(new SourceDecl.MethodDecl(name, List.of(), List.of(), false, componentTypes.get(i),
                                0));
                    }
                }
                if (ctors.stream().noneMatch(c -> c.params().size() == componentTypes.size())) {
                    ctors.add(new SourceDecl.MethodDecl(MethodInfo.CONSTRUCTOR, List.of(), componentTypes,
                            isVarargs(r.getParameters()), new TypeRef.Prim(JType.VOID), 0));
                }
            }
            if (ctors.isEmpty() && !isInterface) {
                ctors.add(new SourceDecl.MethodDecl(MethodInfo.CONSTRUCTOR, List.of(), List.of(), false,
                        new TypeRef.Prim(JType.VOID), 0));
            }
        }
    }
}
