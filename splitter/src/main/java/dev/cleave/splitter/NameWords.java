package dev.cleave.splitter;

import dev.cleave.splitter.internal.domain.Stems;
import java.util.List;

/**
 * How the splitter reads class names, for the shells that show it (the wizard's "why" panel): words split at case
 * changes, digits, '_' and '$', and the technical words layered code appends ({@code Service}, {@code Impl},
 * {@code Dto}...), which carry no domain.
 */
public final class NameWords {
    private NameWords() {
    }

    /** Lower-case words of a simple name ({@code OrderLineDto} gives order, line, dto). */
    public static List<String> words(String simpleName) {
        return Stems.words(simpleName);
    }

    /** Whether a lower-case word is a technical one ({@code service}, {@code impl}, {@code dto}...). */
    public static boolean isTechnical(String word) {
        return Stems.isTechnical(word);
    }
}
