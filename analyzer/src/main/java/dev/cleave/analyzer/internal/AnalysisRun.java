package dev.cleave.analyzer.internal;

import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.analyzer.internal.resolve.FileReferences;
import dev.cleave.analyzer.internal.resolve.LibraryTypes;
import dev.cleave.analyzer.internal.source.SourceLayout;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.Problem;
import dev.cleave.model.ProjectInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One analysis: discovers the sources, indexes their declarations (pass 1), resolves every reference (pass 2)
 * and assembles the {@link CodeGraph}. Files are processed in parallel; results are merged in path order, so
 * the graph does not depend on scheduling.
 */
public final class AnalysisRun {
    private AnalysisRun() {
    }

    /** @throws dev.cleave.analyzer.AnalyzerException when the root or a classpath entry cannot be used */
    public static CodeGraph run(AnalyzerOptions options, ProgressListener progress) {
        SourceLayout layout = SourceLayout.discover(options.root(), options.includeTests());
        Path root = layout.root();
        List<Path> files = layout.javaFiles();
        try (LibraryTypes library = new LibraryTypes(options.classpath());
             Workers workers = new Workers(options.threads())) {
            IndexPass.Result indexed = IndexPass.run(files, root, options.maxFileBytes(), library, workers, progress);
            List<FileReferences> resolved = ResolvePass.run(files, root, options.maxFileBytes(), indexed, workers,
                    progress, ResolvePass.UnitListener.NONE);
            GraphAssembly assembly = new GraphAssembly();
            resolved.forEach(assembly::add);
            List<Node> nodes = new ArrayList<>();
            for (IndexPass.TopType t : indexed.tops()) {
                nodes.add(new Node(t.id(), t.kind(), t.file(), t.lines(), List.of(), List.of(), List.of(), List.of(),
                        false));
            }
            Set<String> ids = new TreeSet<>();
            nodes.forEach(n -> ids.add(n.id()));
            List<Edge> edges = assembly.edges(ids);
            List<Problem> problems = new ArrayList<>(indexed.problems());
            problems.addAll(assembly.problems());
            GraphStats stats = new GraphStats(files.size(), nodes.size(), indexed.lines(), assembly.references(),
                    assembly.methodCalls(), assembly.unresolvedByReason(), problems);
            return CodeGraph.of(project(layout, options), stats, nodes, edges);
        }
    }

    private static ProjectInfo project(SourceLayout layout, AnalyzerOptions options) {
        List<String> roots = new ArrayList<>();
        for (Path p : layout.sourceRoots()) {
            roots.add(layout.root().relativize(p).toString().replace('\\', '/'));
        }
        List<String> classpath = options.classpath().stream().map(Path::toString).toList();
        return new ProjectInfo(layout.name(), layout.root().toString(), roots, classpath, 0);
    }
}
