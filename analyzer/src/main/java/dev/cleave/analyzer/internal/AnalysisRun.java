package dev.cleave.analyzer.internal;

import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.CacheReport;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.analyzer.internal.cache.Environment;
import dev.cleave.analyzer.internal.facts.CoChange;
import dev.cleave.analyzer.internal.facts.FactsExtractor;
import dev.cleave.analyzer.internal.facts.FactsResult;
import dev.cleave.analyzer.internal.resolve.LibraryTypes;
import dev.cleave.analyzer.internal.source.SourceFiles;
import dev.cleave.analyzer.internal.source.SourceLayout;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.Problem;
import dev.cleave.model.ProjectInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One analysis: discovers the sources, indexes their declarations (pass 1), resolves every reference and
 * extracts facts (pass 2), reads co-change from git and assembles the {@link CodeGraph}. Files are processed in
 * parallel; results are merged in path order, so the graph does not depend on scheduling.
 */
public final class AnalysisRun {
    private AnalysisRun() {
    }

    /** @throws dev.cleave.analyzer.AnalyzerException when the root or a classpath entry cannot be used */
    public static CodeGraph run(AnalyzerOptions options, ProgressListener progress) {
        SourceLayout layout = SourceLayout.discover(options.root(), options.includeTests());
        Path root = layout.root();
        List<Path> files = layout.javaFiles();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        try (LibraryTypes library = new LibraryTypes(options.classpath());
             Workers workers = new Workers(options.threads())) {
            Incremental cache = Incremental.open(options.cache(), Environment.of(root, options.classpath(),
                    options.includeTests(), options.maxFileBytes()), files.size());
            FactsExtractor facts = FactsExtractor.create(layout, problems::add);
            IndexPass.Result indexed = IndexPass.run(files, root, options.maxFileBytes(), library, workers, progress,
                    AstBudget.forThisJvm(), cache);
            GraphAssembly assembly = new GraphAssembly();
            ResolvePass.run(files, root, options.maxFileBytes(), indexed, facts, workers, progress, cache)
                    .forEach(assembly::add);
            Set<String> ids = new TreeSet<>();
            indexed.tops().forEach(t -> ids.add(t.id()));
            FactsResult finished = facts.finish(assembly.facts(), ids);
            assembly.addEdges(finished.edges());
            progress.phase("history", options.gitCommits());
            CoChange.History history = CoChange.read(root, options.gitCommits(), typesByFile(indexed.tops()),
                    problems::add);
            assembly.addEdges(history.edges());
            List<Node> nodes = assembly.nodes(indexed.tops(), finished.facts());
            List<Edge> edges = assembly.edges(ids);
            List<Problem> all = new ArrayList<>(indexed.problems());
            all.addAll(assembly.problems());
            all.addAll(problems);
            Set<String> paths = new TreeSet<>();
            files.forEach(f -> paths.add(SourceFiles.relativePath(root, f)));
            CacheReport report = cache.finish(paths, files.size());
            if (report != null) {
                progress.cache(report);
            }
            GraphStats stats = new GraphStats(files.size(), nodes.size(), indexed.lines(), assembly.references(),
                    assembly.methodCalls(), assembly.unresolvedByReason(), all);
            return CodeGraph.of(project(layout, options, history.commits()), stats, nodes, edges);
        }
    }

    private static Map<String, Set<String>> typesByFile(List<IndexPass.TopType> tops) {
        Map<String, Set<String>> out = new TreeMap<>();
        tops.forEach(t -> out.computeIfAbsent(t.file(), k -> new TreeSet<>()).add(t.id()));
        return out;
    }

    private static ProjectInfo project(SourceLayout layout, AnalyzerOptions options, int commits) {
        List<String> roots = new ArrayList<>();
        for (Path p : layout.sourceRoots()) {
            roots.add(layout.root().relativize(p).toString().replace('\\', '/'));
        }
        List<String> classpath = options.classpath().stream().map(Path::toString).toList();
        return new ProjectInfo(layout.name(), layout.root().toString(), roots, classpath, commits);
    }

}
