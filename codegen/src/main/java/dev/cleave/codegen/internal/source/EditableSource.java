package dev.cleave.codegen.internal.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import dev.cleave.codegen.GenerationException;

/**
 * A monolith file parsed again for an edit that leaves the rest as written: the unit is set up for JavaParser's
 * lexical-preserving printer ({@code LexicalPreservingPrinter.print(unit)} gives the edited file). One parser
 * configuration for every such edit, the one the monolith was read with.
 */
final class EditableSource {
    private EditableSource() {
    }

    /**
     * @param type    the monolith's type whose file {@code text} is (for the message)
     * @param text    the file's text, as written or as an earlier edit left it
     * @param purpose what the edit does, after "again to" in the error ("leave ... out of its @Import")
     */
    static CompilationUnit parse(SourceType type, String text, String purpose) {
        ParseResult<CompilationUnit> parsed = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(text);
        CompilationUnit unit = parsed.getResult().filter(u -> parsed.isSuccessful())
                .orElseThrow(() -> new GenerationException("cannot parse " + type.relativePath() + " again to "
                        + purpose + ": " + parsed.getProblems()));
        LexicalPreservingPrinter.setup(unit);
        return unit;
    }
}
