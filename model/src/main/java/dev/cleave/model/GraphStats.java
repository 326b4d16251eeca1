package dev.cleave.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of an analysis. Deterministic: nothing here depends on the clock or the machine, so that the same
 * sources give the same {@code graph.json} (the duration of a run is reported by the tools, not stored).
 *
 * @param files              Java files found
 * @param types              top-level types found (= nodes)
 * @param lines              lines of the Java files
 * @param references         every reference to a type, member or constructor that the analyzer examined
 * @param methodCalls        the method calls among {@code references}
 * @param unresolvedByReason unresolved references by reason, sorted by reason
 * @param problems           files that could not be (fully) analyzed, sorted by file and line
 */
public record GraphStats(int files, int types, long lines, Resolution references, Resolution methodCalls,
                         Map<String, Long> unresolvedByReason, List<Problem> problems) {
    public GraphStats {
        unresolvedByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(unresolvedByReason));
        problems = problems.stream().sorted().toList();
    }
}
