package dev.cleave.analyzer.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.cleave.model.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses Java sources with JavaParser at language level 25, without comment attribution and without the
 * language-level validators ({@link WithoutValidators}). Tokens are kept: without them nodes have no line
 * ranges. One parser per thread.
 */
final class Parsing {
    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            WithoutValidators.apply(new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                    .setAttributeComments(false)
                    .setLexicalPreservationEnabled(false))));

    private Parsing() {
    }

    /** A parsed unit (possibly recovered from syntax errors) and the problems found. */
    record Parsed(Optional<CompilationUnit> unit, List<Problem> problems) {
    }

    static Parsed parse(String text, String relativePath) {
        ParseResult<CompilationUnit> result = PARSER.get().parse(text);
        List<Problem> problems = new ArrayList<>();
        for (com.github.javaparser.Problem p : result.getProblems()) {
            int line = p.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(0);
            problems.add(new Problem(relativePath, line, "syntax error: " + firstLine(p.getMessage())));
        }
        return new Parsed(result.getResult(), problems);
    }

    /** The first line of a message, without JavaParser's long list of expected tokens. */
    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        int expected = line.indexOf(", expected one of");
        return (expected < 0 ? line : line.substring(0, expected)).strip();
    }

    /** Lines of a text: newline count, plus one when the last line has no newline. */
    static int lines(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return text.isEmpty() || text.charAt(text.length() - 1) == '\n' ? n : n + 1;
    }
}
