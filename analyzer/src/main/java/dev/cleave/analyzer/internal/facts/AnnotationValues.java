package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import java.util.List;
import java.util.Optional;

/** Reads annotation attributes as written. */
final class AnnotationValues {
    private AnnotationValues() {
    }

    /** The first present attribute among {@code names}; {@code value} also matches a single-member annotation. */
    static Optional<Expression> member(AnnotationExpr a, String... names) {
        if (a.isSingleMemberAnnotationExpr()) {
            return List.of(names).contains("value") ? Optional.of(a.asSingleMemberAnnotationExpr().getMemberValue())
                    : Optional.empty();
        }
        if (a.isNormalAnnotationExpr()) {
            for (String name : names) {
                for (MemberValuePair pair : a.asNormalAnnotationExpr().getPairs()) {
                    if (pair.getNameAsString().equals(name)) {
                        return Optional.of(pair.getValue());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The elements of an array attribute value, or the value alone. */
    static List<Expression> elements(Expression e) {
        return e.isArrayInitializerExpr() ? e.asArrayInitializerExpr().getValues() : List.of(e);
    }

    /** The attribute's string values (array elements evaluated one by one); empty when absent or unknown. */
    static List<String> strings(AnnotationExpr a, StringValues values, String... names) {
        return member(a, names).map(AnnotationValues::elements).orElse(List.of()).stream()
                .map(values::sql).filter(s -> s != null).toList();
    }

    static boolean isTrue(AnnotationExpr a, String name) {
        return member(a, name).filter(e -> e.isBooleanLiteralExpr() && e.asBooleanLiteralExpr().getValue())
                .isPresent();
    }

    /** Enum constants named by an attribute ({@code RequestMethod.GET} and {@code GET} give {@code GET}). */
    static List<String> constants(AnnotationExpr a, String name) {
        return member(a, name).map(AnnotationValues::elements).orElse(List.of()).stream()
                .map(e -> e.isFieldAccessExpr() ? e.asFieldAccessExpr().getNameAsString() : e.toString())
                .toList();
    }

    /** The simple name of an annotation as written ({@code Entity} for {@code @javax.persistence.Entity}). */
    static String simpleName(AnnotationExpr a) {
        return a.getName().getIdentifier();
    }
}
