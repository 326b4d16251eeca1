package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One top-level type being scanned, with its names resolved once. */
final class TypeContext {
    private static final List<String> EE = List.of("javax.", "jakarta.");

    final CompilationUnit cu;
    final TypeDeclaration<?> type;
    final String fqn;
    final StringValues strings;
    private final TypeNames names;
    private final Map<AnnotationExpr, String> annotationNames = new IdentityHashMap<>();
    private final Map<String, ClassOrInterfaceType> supertypes = new LinkedHashMap<>();
    /** {@link #annotations()}, found on the first call: every rule asks for them. */
    private List<AnnotationExpr> annotations;
    /** Every node of the type in pre-order, see {@link #all}. */
    private List<Node> nodes;

    TypeContext(CompilationUnit cu, TypeDeclaration<?> type, TypeNames names, StringValues strings) {
        this.cu = cu;
        this.type = type;
        this.names = names;
        this.strings = strings;
        this.fqn = type.getFullyQualifiedName().orElse(type.getNameAsString());
        for (ClassOrInterfaceType t : directSupertypes(type)) {
            supertypes.putIfAbsent(names.of(t), t);
        }
    }

    /**
     * The nodes of the type that are a {@code kind}, in the order of {@code type.findAll(kind)} (pre-order, the type
     * itself first). The type's nodes are listed on the first call: the rules ask for a dozen kinds, and walking the
     * tree once per kind took a tenth of an analysis.
     */
    <T extends Node> List<T> all(Class<T> kind) {
        if (nodes == null) {
            List<Node> list = new ArrayList<>();
            type.walk(Node.TreeTraversal.PREORDER, list::add);
            nodes = list;
        }
        List<T> found = new ArrayList<>();
        for (Node n : nodes) {
            if (kind.isInstance(n)) {
                found.add(kind.cast(n));
            }
        }
        return found;
    }

    /** Annotations on the type, its members and nested types (not on parameters or local variables). */
    List<AnnotationExpr> annotations() {
        if (annotations == null) {
            List<AnnotationExpr> all = new ArrayList<>();
            for (AnnotationExpr a : all(AnnotationExpr.class)) {
                if (a.getParentNode().filter(p -> p instanceof BodyDeclaration<?>).isPresent()) {
                    all.add(a);
                }
            }
            annotations = List.copyOf(all);
        }
        return annotations;
    }

    /** The resolved (or best known) name of an annotation, for matching roles. */
    String name(AnnotationExpr a) {
        return annotationNames.computeIfAbsent(a, x -> names.of(x));
    }

    String reported(AnnotationExpr a) {
        return names.reported(a);
    }

    /** Resolved names of the types the top-level type extends and implements, in declaration order. */
    Map<String, ClassOrInterfaceType> supertypes() {
        return supertypes;
    }

    String resolve(ClassOrInterfaceType t) {
        return names.of(t);
    }

    /**
     * Whether the annotation is {@code javax.<suffix>} or {@code jakarta.<suffix>} (or, unresolved, has its
     * simple name).
     */
    boolean isEe(AnnotationExpr a, String suffix) {
        return is(a, EE.stream().map(p -> p + suffix).toArray(String[]::new));
    }

    /** Whether the annotation is one of the names (or, when unresolved, has the same simple name). */
    boolean is(AnnotationExpr a, String... fqns) {
        String name = name(a);
        for (String fqn : fqns) {
            if (name.equals(fqn) || !name.contains(".") && fqn.endsWith("." + name)) {
                return true;
            }
        }
        return false;
    }

    Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, String... fqns) {
        return node.getAnnotations().stream().filter(a -> is(a, fqns)).findFirst();
    }

    Optional<AnnotationExpr> findEe(NodeWithAnnotations<?> node, String suffix) {
        return node.getAnnotations().stream().filter(a -> isEe(a, suffix)).findFirst();
    }

    /** Whether the node (a top-level or nested declaration) lies in this type. */
    boolean owns(Node node) {
        return node == type || node.isDescendantOf(type);
    }

    static List<ClassOrInterfaceType> directSupertypes(TypeDeclaration<?> type) {
        List<ClassOrInterfaceType> all = new ArrayList<>();
        if (type.isClassOrInterfaceDeclaration()) {
            all.addAll(type.asClassOrInterfaceDeclaration().getExtendedTypes());
            all.addAll(type.asClassOrInterfaceDeclaration().getImplementedTypes());
        } else if (type.isEnumDeclaration()) {
            all.addAll(type.asEnumDeclaration().getImplementedTypes());
        } else if (type.isRecordDeclaration()) {
            all.addAll(type.asRecordDeclaration().getImplementedTypes());
        }
        return all;
    }
}
