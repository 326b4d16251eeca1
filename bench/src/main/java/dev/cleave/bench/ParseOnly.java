package dev.cleave.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The reference line: JavaParser parsing every file, no resolution; the trees are kept. */
final class ParseOnly implements Contender {
    static final ParserConfiguration.LanguageLevel LEVEL = ParserConfiguration.LanguageLevel.JAVA_25;

    @Override
    public String name() {
        return "parse-only";
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public Measured run(Corpus corpus) {
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(LEVEL));
        List<CompilationUnit> units = parseAll(parser, corpus.files());
        String note = units.size() == corpus.files().size() ? ""
                : (corpus.files().size() - units.size()) + " files did not parse";
        return new Measured(units, corpus.lines(), Tally.NONE, Tally.NONE, note);
    }

    /** Parses the files; a file with syntax errors is left out. */
    static List<CompilationUnit> parseAll(JavaParser parser, List<Path> files) {
        List<CompilationUnit> units = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                ParseResult<CompilationUnit> result = parser.parse(file);
                if (result.isSuccessful()) {
                    result.getResult().ifPresent(units::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return units;
    }
}
