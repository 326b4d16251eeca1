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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The monolith's main sources, parsed once with a symbol solver over those sources, the JDK and the given jars.
 * Types are keyed by fully-qualified name, in sorted order.
 */
public final class Monolith {
    /** Where Maven plugins (OpenAPI Generator, annotation processors...) write the sources they generate. */
    private static final String GENERATED = "target/generated-sources";
    /** {@code @WebServlet}, {@code @javax.servlet.annotation.WebFilter}, {@code @WebListener}... */
    private static final java.util.regex.Pattern SERVLET_ANNOTATION = java.util.regex.Pattern.compile(
            "@([\\w$]+\\.)*Web(Servlet|Filter|Listener)\\b");
    /** A class extending or implementing one of Spring's web application initializers (see {@link WebApp}). */
    private static final java.util.regex.Pattern SPRING_INITIALIZER = java.util.regex.Pattern.compile(
            "\\b(extends|implements)\\s[^{;]*?\\b(WebApplicationInitializer|Abstract\\w*(ContextLoader|DispatcherServlet"
                    + "|SecurityWeb|HttpSessionApplication)\\w*Initializer)\\b");

    private final Path root;
    private final Path sourceRoot;
    private final Map<String, SourceType> types;
    private final Map<String, SourceType> withGenerated;

    private Monolith(Path root, Path sourceRoot, Map<String, SourceType> types, Map<String, SourceType> generated) {
        this.root = root;
        this.sourceRoot = sourceRoot;
        this.types = types;
        Map<String, SourceType> all = new TreeMap<>(generated);
        all.putAll(types);
        this.withGenerated = Collections.unmodifiableMap(all);
    }

    /**
     * Parses {@code root/src/main/java}, and the generated sources a build left (see {@link #typesWithGenerated()});
     * fails with a {@link GenerationException} when the main sources are missing or broken.
     */
    public static Monolith load(Path root, List<Path> classpath) {
        Path sources = root.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            throw new GenerationException("monolith root " + root + " has no src/main/java: pass the directory"
                    + " that holds the monolith's pom.xml");
        }
        TreeCache<Path, Optional<CompilationUnit>> trees = new TreeCache<>();
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setSymbolResolver(new JavaSymbolSolver(typeSolver(sources, classpath, trees))));
        Map<String, SourceType> types = new TreeMap<>();
        for (Path file : javaFiles(sources)) {
            CompilationUnit unit = parse(parser, sources, file, types);
            // the solver's parse would have set it; the trees are the solver's too
            trees.put(file.toAbsolutePath(), Optional.of(unit.setStorage(file.toAbsolutePath())));
        }
        return new Monolith(root, sources, types, generated(root.resolve(GENERATED)));
    }

    /**
     * The types of the generated sources already on disk that carry Spring MVC mappings (an OpenAPI-generated
     * {@code *Api} interface a controller implements), parsed without a symbol solver; a file that does not parse is
     * skipped: these sources are the build's, not the monolith's, and may be stale.
     */
    private static Map<String, SourceType> generated(Path folder) {
        Map<String, SourceType> types = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return types;
        }
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        for (Path file : javaFiles(folder)) {
            try {
                if (read(file).contains("Mapping")) {
                    parse(parser, folder, file, types);
                }
            } catch (GenerationException | UncheckedIOException e) {
                // not the monolith's own source: without it, only its mappings are missed
            }
        }
        return types;
    }

    /**
     * Refuses, before any parsing, a monolith the generator cannot make services of yet: one that is neither a Spring
     * Boot application (a {@code @SpringBootApplication} class) nor a servlet web application (a
     * {@code WEB-INF/web.xml}, or classes annotated {@code @WebServlet}, {@code @WebFilter} or {@code @WebListener})
     * nor a Java EE application (JAX-RS resources, session or message-driven beans, found by their imports).
     */
    /** A Java EE application's entry points, which its container found without a descriptor. */
    private static final java.util.regex.Pattern JAVA_EE = java.util.regex.Pattern.compile(
            "import\\s+(javax|jakarta)\\.(ws\\.rs\\.ApplicationPath|ws\\.rs\\.Path|ejb\\.(Stateless|Singleton|MessageDriven))\\s*;");

    public static void requireSpringBoot(Path root) {
        Path sources = root.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            throw new GenerationException("monolith root " + root + " has no src/main/java: pass the directory"
                    + " that holds the monolith's pom.xml");
        }
        if (Files.isRegularFile(root.resolve(WebApp.DESCRIPTOR))) {
            return;
        }
        for (Path file : javaFiles(sources)) {
            try {
                String text = Files.readString(file);
                if (text.contains("SpringBootApplication") || SERVLET_ANNOTATION.matcher(text).find()
                        || SPRING_INITIALIZER.matcher(text).find()
                        || JAVA_EE.matcher(text).find()) {
                    return;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // unreadable as UTF-8: the parse reports it
            }
        }
        throw new GenerationException("the monolith at " + root + " has neither a @SpringBootApplication class nor"
                + " servlets (" + WebApp.DESCRIPTOR + ", @WebServlet, a Spring WebApplicationInitializer): Cleave generates services from Spring Boot"
                + " monoliths and servlet web applications; this one can be analyzed, split and checked, but not"
                + " generated yet");
    }

    /**
     * The JDK, the monolith's sources and its jars. The sources' solver reads {@code trees} for a file before it
     * parses one: the trees {@link #load} parses, so each file is parsed once and kept once.
     */
    private static CombinedTypeSolver typeSolver(Path sources, List<Path> classpath,
                                                 TreeCache<Path, Optional<CompilationUnit>> trees) {
        JavaParser solverParser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE));
        CombinedTypeSolver solver = new CombinedTypeSolver(new ReflectionTypeSolver(true),
                new JavaParserTypeSolver(sources, solverParser, trees, new TreeCache<>(), new TreeCache<>()));
        for (Path jar : classpath) {
            if (jar.getFileName() != null && jar.getFileName().toString().endsWith(".pom")) {
                // a dependency of type pom (a BOM-style aggregate that Maven lists in the class path): no classes
                continue;
            }
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

    private static CompilationUnit parse(JavaParser parser, Path sources, Path file, Map<String, SourceType> types) {
        String text = read(file);
        ParseResult<CompilationUnit> result = parser.parse(text);
        String relative = sources.relativize(file).toString().replace('\\', '/');
        if (result.getResult().isEmpty() || !result.isSuccessful()) {
            throw new GenerationException("cannot parse " + file + ": " + result.getProblems()
                    + "; fix the source or remove it from the monolith");
        }
        CompilationUnit unit = LeanTrees.withoutTokens(result.getResult().get());
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        for (TypeDeclaration<?> type : unit.getTypes()) {
            String fqn = pkg + type.getNameAsString();
            types.put(fqn, new SourceType(fqn, relative, text, unit, type));
        }
        return unit;
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

    /**
     * The monolith's types and, where no type of the monolith has the same name, the types of its generated sources
     * ({@code target/generated-sources}, when a build left them) that carry Spring MVC mappings. Those are only read
     * to find the mappings a controller inherits; they are never part of a service. Sorted by name.
     */
    public Map<String, SourceType> typesWithGenerated() {
        return withGenerated;
    }

    public SourceType type(String fqn) {
        return types.get(fqn);
    }
}
