package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.resolution.MethodUsage;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.typesystem.ReferenceTypeImpl;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.javaparsermodel.declarations.JavaParserMethodDeclaration;
import dev.cleave.codegen.GenerationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns "method {@code name} with {@code n} arguments of type T" into full signatures, including methods T
 * inherits from libraries (a Spring Data repository's {@code findById(Long)} returns {@code Optional<Product>}).
 */
final class Operations {
    private Operations() {
    }

    static Set<Operation> resolve(SourceType type, Map<String, Set<Integer>> used) {
        Map<String, Operation> found = new LinkedHashMap<>();
        Map<String, ResolvedType> bindings = new java.util.HashMap<>();
        for (MethodUsage m : allMethods(type, bindings)) {
            Set<Integer> arities = used.get(m.getName());
            boolean wanted = arities != null && (arities.contains(CallSites.ANY_ARITY)
                    || arities.contains(m.getNoParams()));
            if (wanted && !m.getDeclaration().isStatic()) {
                Operation op = operation(type.fqn(), m, bindings);
                found.putIfAbsent(op.key(), op);
            }
        }
        for (String name : used.keySet()) {
            if (found.values().stream().noneMatch(o -> o.name().equals(name))) {
                throw new GenerationException(type.fqn() + "#" + name + " is called from another service but its"
                        + " declaration was not found; pass the monolith's dependency jars in"
                        + " GenerateOptions.classpath (mvn dependency:build-classpath)");
            }
        }
        return new TreeSet<>(found.values());
    }

    /** Methods of the type and its ancestors; fills {@code bindings} with type parameter → argument. */
    static List<MethodUsage> allMethods(SourceType type, Map<String, ResolvedType> bindings) {
        ResolvedReferenceTypeDeclaration decl = type.declaration().resolve();
        List<MethodUsage> methods = new ArrayList<>();
        decl.getDeclaredMethods().forEach(m -> methods.add(new MethodUsage(m)));
        try {
            for (ResolvedReferenceType ancestor : new ReferenceTypeImpl(decl).getAllAncestors()) {
                methods.addAll(ancestor.getDeclaredMethods());
                ancestor.getTypeParametersMap().forEach(p -> bindings.put(p.a.getQualifiedName(), p.b));
            }
        } catch (RuntimeException e) {
            // a library ancestor that cannot be resolved: its methods are reported as missing by the caller
        }
        return methods;
    }

    static Operation operation(String owner, MethodUsage m, Map<String, ResolvedType> bindings) {
        List<String> params = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < m.getNoParams(); i++) {
            params.add(TypeText.of(m.getParamType(i), bindings));
            names.add(parameterName(m, i));
        }
        ResolvedType returns = m.returnType();
        return new Operation(owner, m.getName(), params, names, TypeText.of(returns, bindings),
                exceptions(m, bindings));
    }

    /**
     * The exceptions the method declares, fully qualified; none when one of them cannot be resolved. A type variable
     * ({@code <E extends Exception> ... throws E}) is left out: its bound would make callers catch more than they do.
     */
    private static List<String> exceptions(MethodUsage m, Map<String, ResolvedType> bindings) {
        List<String> found = new ArrayList<>();
        try {
            for (int i = 0; i < m.getDeclaration().getNumberOfSpecifiedExceptions(); i++) {
                ResolvedType thrown = m.getDeclaration().getSpecifiedException(i);
                if (!thrown.isTypeVariable()) {
                    found.add(TypeText.of(thrown, bindings));
                }
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return found;
    }

    private static String parameterName(MethodUsage m, int i) {
        if (m.getDeclaration() instanceof JavaParserMethodDeclaration jp) {
            MethodDeclaration node = jp.getWrappedNode();
            return node.getParameter(i).getNameAsString();
        }
        return "arg" + i;
    }
}
