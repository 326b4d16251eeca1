package dev.cleave.codegen.internal.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.cleave.codegen.GenerationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The monolith's main sources, parsed once with a symbol solver over those sources, the JDK and the given jars.
 * Types are keyed by fully-qualified name, in sorted order.
 */
public final class Monolith {
    private final Path root;
    private final Path sourceRoot;
    private final Map<String, SourceType> types;

    private Monolith(Path root, Path sourceRoot, Map<String, SourceType> types) {
        this.root = root;
        this.sourceRoot = sourceRoot;
        this.types = types;
    }

    /** Parses {@code root/src/main/java}; fails with a {@link GenerationException} when it is missing or broken. */
    public static Monolith load(Path root, List<Path> classpath) {
        Path sources = root.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            throw new GenerationException("monolith root " + root + " has no src/main/java: pass the directory"
                    + " that holds the monolith's pom.xml");
        }
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setSymbolResolver(new JavaSymbolSolver(typeSolver(sources, classpath))));
        Map<String, SourceType> types = new TreeMap<>();
        for (Path file : javaFiles(sources)) {
            parse(parser, sources, file, types);
        }
        return new Monolith(root, sources, types);
    }

    /**
     * Refuses, before any parsing, a monolith the generator cannot make services of yet: one without a
     * {@code @SpringBootApplication} class in its sources (a WAR of Servlets/JSP, Spring XML or Java EE).
     */
    public static void requireSpringBoot(Path root) {
        Path sources = root.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            throw new GenerationException("monolith root " + root + " has no src/main/java: pass the directory"
                    + " that holds the monolith's pom.xml");
        }
        for (Path file : javaFiles(sources)) {
            try {
                if (Files.readString(file).contains("SpringBootApplication")) {
                    return;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // unreadable as UTF-8: the parse reports it
            }
        }
        throw new GenerationException("the monolith at " + root + " has no @SpringBootApplication class: Cleave"
                + " generates services from Spring Boot monoliths (any generation); a WAR of Servlets/JSP, Spring XML"
                + " or Java EE can be analyzed, split and checked, but not generated yet");
    }

    private static CombinedTypeSolver typeSolver(Path sources, List<Path> classpath) {
        CombinedTypeSolver solver = new CombinedTypeSolver(new ReflectionTypeSolver(true),
                new JavaParserTypeSolver(sources));
        for (Path jar : classpath) {
            try {
                solver.add(new JarTypeSolver(jar));
            } catch (IOException e) {
                throw new GenerationException("classpath entry " + jar + " is not a readable jar: " + e.getMessage()
                        + "; pass the jars of the monolith's dependencies (mvn dependency:build-classpath)", e);
            }
        }
        return solver;
    }

    private static List<Path> javaFiles(Path sources) {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parse(JavaParser parser, Path sources, Path file, Map<String, SourceType> types) {
        String text = read(file);
        ParseResult<CompilationUnit> result = parser.parse(text);
        String relative = sources.relativize(file).toString().replace('\\', '/');
        if (result.getResult().isEmpty() || !result.isSuccessful()) {
            throw new GenerationException("cannot parse " + file + ": " + result.getProblems()
                    + "; fix the source or remove it from the monolith");
        }
        CompilationUnit unit = result.getResult().get();
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        for (TypeDeclaration<?> type : unit.getTypes()) {
            String fqn = pkg + type.getNameAsString();
            types.put(fqn, new SourceType(fqn, relative, text, unit, type));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path sourceRoot() {
        return sourceRoot;
    }

    /** All top-level types, sorted by name. */
    public Map<String, SourceType> types() {
        return types;
    }

    public SourceType type(String fqn) {
        return types.get(fqn);
    }
}
