package dev.cleave.analyzer.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.analyzer.internal.resolve.FileResolver;
import dev.cleave.analyzer.internal.resolve.LibraryTypes;
import dev.cleave.analyzer.internal.source.SourceLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our resolver names the same declaring type as JavaParser's symbol solver for at least 99% of the method calls
 * the symbol solver resolves. Disagreements are printed to help improve the resolver. Runs on the fixtures and
 * the sample monoliths, both with the JDK as their only library.
 */
class SymbolSolverCrossCheckTest {
    /** The symbol solver names anonymous classes {@code Outer.Anonymous-<uuid>}; we name them {@code Outer.Anonymous}. */
    private static final java.util.regex.Pattern ANONYMOUS = java.util.regex.Pattern.compile("\\.Anonymous-[0-9a-f-]+");

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/fixtures/generics-substitution",
            "src/test/resources/fixtures/lambdas-and-method-refs", "src/test/resources/fixtures/overloads",
            "src/test/resources/fixtures/inner-and-anonymous", "src/test/resources/fixtures/inheritance-members",
            "src/test/resources/fixtures/enums-and-records", "src/test/resources/fixtures/static-imports",
            "../samples/spring-shop", "../samples/servlet-library"})
    void agreesWithTheSymbolSolverOnMethodCalls(String tree) {
        assertAgreement(Path.of(tree));
    }

    /**
     * On real code we did not write: packages of the JDK 25 sources ({@code lib/src.zip} of the Temurin 25 JDK on
     * every Cleave machine), extracted to a temporary folder. {@code -Dcleave.crossCheckRoot=<tree>} checks any
     * other source tree instead (for example all of {@code java.base}).
     */
    @Test
    void agreesWithTheSymbolSolverOnJdkSources(@TempDir Path tmp) throws IOException {
        String given = System.getProperty("cleave.crossCheckRoot");
        assertAgreement(given != null && !given.isBlank() ? Path.of(given) : JdkSources.extract(tmp,
                "java.base/java/util/function/", "java.base/java/util/concurrent/atomic/", "java.base/java/util/stream/"));
    }

    private static void assertAgreement(Path root) {
        SourceLayout layout = SourceLayout.discover(root, false);
        Map<String, String> ours = ourDeclaringTypes(layout);
        Map<String, String> theirs = solverDeclaringTypes(layout);
        int agree = 0;
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, String> e : theirs.entrySet()) {
            String mine = ours.get(e.getKey());
            if (e.getValue().equals(mine)) {
                agree++;
            } else {
                disagreements.add(e.getKey() + " solver=" + e.getValue() + " ours=" + mine);
            }
        }
        disagreements.stream().sorted().limit(300).forEach(d -> System.out.println("[cross-check] " + d));
        System.out.printf("[cross-check] %s: %d calls, solver resolved %d, we agree on %d%n", root,
                ours.size(), theirs.size(), agree);
        assertThat(theirs).isNotEmpty();
        assertThat((double) agree / theirs.size()).isGreaterThanOrEqualTo(0.99);
    }

    private static String key(String file, MethodCallExpr call) {
        return file + ":" + call.getName().getBegin().map(b -> b.line + ":" + b.column).orElse("?") + ":"
                + call.getName();
    }

    private static Map<String, String> ourDeclaringTypes(SourceLayout layout) {
        Map<String, String> out = new HashMap<>();
        try (LibraryTypes library = new LibraryTypes(List.of()); Workers workers = new Workers(2)) {
            IndexPass.Result indexed = IndexPass.run(layout.javaFiles(), layout.root(), Long.MAX_VALUE, library,
                    workers, ProgressListener.NONE, new AstBudget(0));
            for (int i = 0; i < layout.javaFiles().size(); i++) {
                Path file = layout.javaFiles().get(i);
                String rel = layout.root().relativize(file).toString();
                if (indexed.scopes().get(i) == null) {
                    continue;
                }
                CompilationUnit cu = Parsing.parse(read(file), rel).unit().orElseThrow();
                new FileResolver(indexed.index(), indexed.scopes().get(i),
                        (call, declaring) -> out.put(key(rel, call), declaring)).resolve(cu);
            }
        }
        return out;
    }

    private static Map<String, String> solverDeclaringTypes(SourceLayout layout) {
        CombinedTypeSolver solver = new CombinedTypeSolver(new ReflectionTypeSolver(true));
        layout.sourceRoots().forEach(r -> solver.add(new JavaParserTypeSolver(r)));
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                .setSymbolResolver(new JavaSymbolSolver(solver)));
        Map<String, String> out = new HashMap<>();
        for (Path file : layout.javaFiles()) {
            String rel = layout.root().relativize(file).toString();
            parser.parse(read(file)).getResult().ifPresent(cu -> {
                for (MethodCallExpr call : cu.findAll(MethodCallExpr.class)) {
                    try {
                        String name = call.resolve().declaringType().getQualifiedName();
                        out.put(key(rel, call), ANONYMOUS.matcher(name).replaceAll(".Anonymous"));
                    } catch (RuntimeException | StackOverflowError e) {
                        // not resolved by the symbol solver: not compared
                    }
                }
            });
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
