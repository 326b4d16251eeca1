package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.cleave.analyzer.internal.source.SourceLayout;
import dev.cleave.model.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Runs the facts extractor over inline sources or a fixture project, as the analysis would. */
final class Facts {
    final List<Problem> problems = new ArrayList<>();
    final FactsResult result;

    private Facts(SourceLayout layout, List<CompilationUnit> units) {
        FactsExtractor extractor = FactsExtractor.create(layout, problems::add);
        Set<String> projectTypes = new TreeSet<>();
        units.forEach(cu -> cu.getTypes().forEach(t -> t.getFullyQualifiedName().ifPresent(projectTypes::add)));
        TypeNameResolver names = new ImportResolver(projectTypes);
        Map<String, TypeFacts> all = new LinkedHashMap<>();
        units.forEach(cu -> all.putAll(extractor.extract(cu, names)));
        result = extractor.finish(all, projectTypes);
    }

    /** Facts of inline sources (no descriptors). */
    static Facts of(String... sources) {
        List<CompilationUnit> units = new ArrayList<>();
        for (String source : sources) {
            units.add(parse(parser().parse(source)));
        }
        return new Facts(new SourceLayout(Path.of("/project"), "project", List.of(), List.of(), List.of()), units);
    }

    /** Facts of a fixture project under src/test/resources/fixtures. */
    static Facts ofFixture(String name) {
        return ofFixture(name, false);
    }

    static Facts ofFixture(String name, boolean includeTests) {
        SourceLayout layout = SourceLayout.discover(fixture(name), includeTests);
        List<CompilationUnit> units = new ArrayList<>();
        for (Path file : layout.javaFiles()) {
            try {
                units.add(parse(parser().parse(file)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Facts(layout, units);
    }

    static Path fixture(String name) {
        try {
            return Path.of(Facts.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    TypeFacts get(String fqn) {
        TypeFacts facts = result.facts().get(fqn);
        if (facts == null) {
            throw new AssertionError("no facts for " + fqn + " in " + result.facts().keySet());
        }
        return facts;
    }

    private static JavaParser parser() {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    }

    private static CompilationUnit parse(ParseResult<CompilationUnit> result) {
        if (!result.isSuccessful()) {
            throw new IllegalArgumentException(result.getProblems().toString());
        }
        return result.getResult().orElseThrow();
    }
}
