package dev.cleave.web.ui;

import dev.cleave.splitter.NameWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain words a group of class names share ({@code OrderService}, {@code OrderLineDto} → order), the way the
 * splitter reads names: words split at case changes, digits, '_' and '$', without the technical words layered code
 * appends (the splitter's own reading, {@link NameWords}).
 */
final class NameStems {
    /** Words shown per service at most. */
    static final int SHOWN = 4;
    private NameStems() {
    }

    /**
     * The words at least two of the names contain (or the most common one when none is shared), most names first,
     * then alphabetically; at most {@link #SHOWN}.
     */
    static List<String> common(List<String> simpleNames) {
        Map<String, Integer> count = new HashMap<>();
        for (String name : simpleNames) {
            words(name).forEach(w -> count.merge(w, 1, Integer::sum));
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(count.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> stems = ranked.stream().filter(e -> e.getValue() > 1).limit(SHOWN).map(Map.Entry::getKey)
                .toList();
        return stems.isEmpty() && !ranked.isEmpty() ? List.of(ranked.get(0).getKey()) : stems;
    }

    /** The distinct domain words of one simple name, lower case. */
    static Set<String> words(String simpleName) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : NameWords.words(simpleName)) {
            if (word.length() > 2 && !NameWords.isTechnical(word) && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        return words;
    }
}
