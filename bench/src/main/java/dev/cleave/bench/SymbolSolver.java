package dev.cleave.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline: JavaParser's symbol solver as a typical tool uses it. The corpus's own types come from its sources
 * ({@link JavaParserTypeSolver} on the source root, asked first), every other type from the running JDK by
 * reflection ({@code ReflectionTypeSolver(false)}, so {@code jdk.internal} and {@code sun} types count too).
 * All files are parsed and kept, then every {@link MethodCallExpr} and {@link ClassOrInterfaceType} is resolved;
 * any exception or stack overflow counts as a failure of that one node.
 *
 * <p>Single-threaded: the symbol solver's caches are not thread-safe.
 *
 * <p>Package prefixes of qualified names ({@code java.io} in {@code java.io.File}) are parsed as scopes of type
 * nodes and never resolve; they are not type references and are not counted. A scope is a package prefix when
 * the qualified type resolved and the scope is a prefix of its package; when the type did not resolve, when
 * its name starts with a lower-case letter (the packages here follow the convention without exception).
 */
final class SymbolSolver implements Contender {
    @Override
    public String name() {
        return "javaparser-symbol-solver";
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public Measured run(Corpus corpus) {
        ParserConfiguration sourceConfig = new ParserConfiguration().setLanguageLevel(ParseOnly.LEVEL);
        CombinedTypeSolver types = new CombinedTypeSolver(
                new JavaParserTypeSolver(corpus.sourceRoot(), sourceConfig), new ReflectionTypeSolver(false));
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParseOnly.LEVEL)
                .setSymbolResolver(new JavaSymbolSolver(types)));
        List<CompilationUnit> units = ParseOnly.parseAll(parser, corpus.files());
        Tally.Counter calls = new Tally.Counter();
        Tally.Counter refs = new Tally.Counter();
        for (CompilationUnit unit : units) {
            unit.findAll(MethodCallExpr.class).forEach(call -> calls.add(resolves(call)));
            countTypes(unit, refs);
        }
        return new Measured(List.of(units, types), corpus.lines(), calls.tally(), refs.tally(),
                "type references: ClassOrInterfaceType nodes, package prefixes left out");
    }

    private static boolean resolves(MethodCallExpr call) {
        try {
            call.resolve();
            return true;
        } catch (Exception | StackOverflowError e) {
            return false;
        }
    }

    private static void countTypes(CompilationUnit unit, Tally.Counter refs) {
        // package of each qualified type that resolved; findAll is pre-order, so a type comes before its scope
        Map<ClassOrInterfaceType, String> packages = new IdentityHashMap<>();
        for (ClassOrInterfaceType type : unit.findAll(ClassOrInterfaceType.class)) {
            ClassOrInterfaceType outer = qualified(type);
            if (outer != null && isPackagePrefix(type, packages.get(outer))) {
                continue;
            }
            ResolvedType resolved = resolve(type);
            refs.add(resolved != null);
            if (resolved != null && type.getScope().isPresent() && outer == null) {
                packages.put(type, packageOf(resolved));
            }
        }
    }

    /** The outermost type this one is the scope of, or null when it is not a scope. */
    private static ClassOrInterfaceType qualified(ClassOrInterfaceType type) {
        ClassOrInterfaceType outer = null;
        ClassOrInterfaceType current = type;
        while (current.getParentNode().orElse(null) instanceof ClassOrInterfaceType parent
                && parent.getScope().orElse(null) == current) {
            outer = parent;
            current = parent;
        }
        return outer;
    }

    private static boolean isPackagePrefix(ClassOrInterfaceType scope, String packageOfOuter) {
        String name = scope.getNameWithScope();
        if (packageOfOuter == null) {
            return Character.isLowerCase(scope.getName().getIdentifier().charAt(0));
        }
        return packageOfOuter.equals(name) || packageOfOuter.startsWith(name + ".");
    }

    private static ResolvedType resolve(ClassOrInterfaceType type) {
        try {
            return type.resolve();
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }

    private static String packageOf(ResolvedType type) {
        try {
            return type.isReferenceType()
                    ? type.asReferenceType().getTypeDeclaration().map(d -> d.getPackageName()).orElse(null)
                    : null;
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }
}
