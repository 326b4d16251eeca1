package dev.cleave.web.project;

import dev.cleave.analyzer.Analyzer;
import dev.cleave.model.CallSite;
import dev.cleave.model.CodeGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the classes of an analyzed project call operations of other classes, for the wiring step: located by the
 * analyzer on demand (the graph keeps operations, not places), with the options of the project's analysis and its
 * cache, and kept per class until the project's graph changes. Plan edits do not change them.
 */
@Service
public class CallSites {
    private static final Logger LOG = LoggerFactory.getLogger(CallSites.class);
    private final Analyses analyses;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public CallSites(Analyses analyses) {
        this.analyses = analyses;
    }

    /** What was found: the sites in the asked classes, or why they could not be read. */
    public record Found(List<CallSite> sites, String trouble) {
    }

    /** The call sites in the classes {@code from} of the project whose current graph is {@code graph}. */
    public Found in(Project project, CodeGraph graph, Collection<String> from) {
        Known k = known.compute(project.id(), (id, old) -> old != null && old.graph == graph ? old : new Known(graph));
        synchronized (k) {
            List<String> missing = new ArrayList<>(new TreeSet<>(from));
            missing.removeIf(k.byClass::containsKey);
            if (!missing.isEmpty()) {
                try {
                    Map<String, List<CallSite>> found = new HashMap<>();
                    missing.forEach(c -> found.put(c, new ArrayList<>()));
                    Analyzer.callSites(analyses.options(project), missing)
                            .forEach(s -> found.get(s.from()).add(s));
                    found.forEach((c, sites) -> k.byClass.put(c, List.copyOf(sites)));
                } catch (RuntimeException | StackOverflowError e) {
                    LOG.warn("call sites of {} not found", project.id(), e);
                    return new Found(List.of(), "the sources could not be read again (" + Analyses.forUser(project,
                            e.getMessage() == null ? e.toString() : e.getMessage()) + "): analyze again");
                }
            }
            List<CallSite> out = new ArrayList<>();
            new TreeSet<>(from).forEach(c -> out.addAll(k.byClass.getOrDefault(c, List.of())));
            out.sort(null);
            return new Found(out, null);
        }
    }

    private static final class Known {
        final CodeGraph graph;
        final Map<String, List<CallSite>> byClass = new HashMap<>();

        Known(CodeGraph graph) {
            this.graph = graph;
        }
    }
}
