package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.Type;

/**
 * Whether two method declarations have the same signature as far as source text tells: the same name and parameter
 * count, and parameter types of the same erased simple name. A parameter typed by a type variable (of the method or
 * of an enclosing type) matches any type, so {@code save(T entity)} in a generic interface matches
 * {@code save(Owner owner)} in the class that implements it for {@code Owner}.
 */
final class Signatures {
    private Signatures() {
    }

    static boolean same(MethodDeclaration a, MethodDeclaration b) {
        if (!a.getNameAsString().equals(b.getNameAsString()) || a.getParameters().size() != b.getParameters().size()) {
            return false;
        }
        for (int i = 0; i < a.getParameters().size(); i++) {
            Parameter p = a.getParameter(i);
            Parameter q = b.getParameter(i);
            if (!isTypeVariable(a, p.getType()) && !isTypeVariable(b, q.getType()) && !erased(p).equals(erased(q))) {
                return false;
            }
        }
        return true;
    }

    /** The simple name of the parameter's type without type arguments, {@code []} per dimension (varargs too). */
    private static String erased(Parameter p) {
        Type type = p.getType();
        String dims = "";
        while (type.isArrayType()) {
            type = type.asArrayType().getComponentType();
            dims += "[]";
        }
        String name = type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getName().getIdentifier()
                : type.asString();
        return name + dims + (p.isVarArgs() ? "[]" : "");
    }

    private static boolean isTypeVariable(MethodDeclaration m, Type type) {
        if (!type.isClassOrInterfaceType() || type.asClassOrInterfaceType().getScope().isPresent()) {
            return false;
        }
        String name = type.asClassOrInterfaceType().getNameAsString();
        for (Node n = m; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithTypeParameters<?> generic
                    && generic.getTypeParameters().stream().anyMatch(t -> t.getNameAsString().equals(name))) {
                return true;
            }
        }
        return false;
    }
}
