package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.cleave.model.Stereotype;
import java.util.EnumSet;
import java.util.Set;

/**
 * Stereotypes of a type from its own source: annotations (on the type and its members) and library supertypes
 * first; when those give none, naming conventions and shapes ({@link ShapeRules}). A {@code main} method always
 * makes an {@code APPLICATION}; a Throwable supertype (or a supertype named ...Exception) an {@code EXCEPTION}.
 */
final class StereotypeRules {
    private StereotypeRules() {
    }

    static Set<Stereotype> of(TypeContext ctx) {
        Set<Stereotype> roles = EnumSet.noneOf(Stereotype.class);
        for (AnnotationExpr a : ctx.annotations()) {
            roles.addAll(KnownTypes.ANNOTATIONS.getOrDefault(ctx.name(a), Set.of()));
        }
        for (String supertype : ctx.supertypes().keySet()) {
            roles.addAll(ofSupertype(supertype));
        }
        if (roles.isEmpty()) {
            roles.addAll(ShapeRules.byConvention(ctx));
        }
        if (hasMain(ctx)) {
            roles.add(Stereotype.APPLICATION);
        }
        return roles;
    }

    /** Roles a library supertype gives: known types, Spring Data repositories, exception types by name. */
    static Set<Stereotype> ofSupertype(String fqn) {
        Set<Stereotype> roles = EnumSet.noneOf(Stereotype.class);
        roles.addAll(KnownTypes.SUPERTYPES.getOrDefault(fqn, Set.of()));
        if (KnownTypes.isSpringDataRepository(fqn)) {
            roles.add(Stereotype.REPOSITORY);
        }
        if (fqn.endsWith("Exception") || fqn.endsWith("Error")) {
            roles.add(Stereotype.EXCEPTION);
        }
        return roles;
    }

    private static boolean hasMain(TypeContext ctx) {
        return ctx.type.getMethodsByName("main").stream().anyMatch(StereotypeRules::isMain);
    }

    private static boolean isMain(MethodDeclaration m) {
        return m.hasModifier(Modifier.Keyword.PUBLIC) && m.isStatic() && m.getType().isVoidType()
                && m.getParameters().size() == 1
                && (m.getParameter(0).getType().toString().equals("String[]") || m.getParameter(0).isVarArgs());
    }
}
