package dev.cleave.analyzer.internal;

import com.github.javaparser.ast.CompilationUnit;
import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.analyzer.internal.cache.Environment;
import dev.cleave.analyzer.internal.resolve.FileResolver;
import dev.cleave.analyzer.internal.resolve.LibraryTypes;
import dev.cleave.analyzer.internal.source.SourceFiles;
import dev.cleave.analyzer.internal.source.SourceLayout;
import dev.cleave.analyzer.internal.source.SourceText;
import dev.cleave.model.CallSite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Locates the calls that types make to operations of other project types: pass 1 over every file (declarations
 * from the cache when it has them; no tree is kept), then the resolution of an analysis, with the same index, over
 * only the files that declare the asked types. The operations found are exactly those of the graph's call edges.
 */
public final class CallSitesRun {
    private CallSitesRun() {
    }

    /** The call sites in the top-level types {@code from}, sorted; types not in the sources are ignored. */
    public static List<CallSite> run(AnalyzerOptions options, Collection<String> from) {
        Set<String> wanted = Set.copyOf(from);
        SourceLayout layout = SourceLayout.discover(options.root(), options.includeTests());
        Path root = layout.root();
        List<Path> files = layout.javaFiles();
        try (LibraryTypes library = new LibraryTypes(options.classpath());
             Workers workers = new Workers(options.threads())) {
            Incremental cache = Incremental.open(options.cache(), Environment.of(root, options.classpath(),
                    options.includeTests(), options.maxFileBytes()), files.size());
            IndexPass.Result indexed = IndexPass.run(files, root, options.maxFileBytes(), library, workers,
                    ProgressListener.NONE, new AstBudget(0), cache);
            Set<String> declaring = new TreeSet<>();
            indexed.tops().stream().filter(t -> wanted.contains(t.id())).forEach(t -> declaring.add(t.file()));
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                if (indexed.scopes().get(i) != null
                        && declaring.contains(SourceFiles.relativePath(root, files.get(i)))) {
                    chosen.add(i);
                }
            }
            Set<CallSite> sites = new TreeSet<>();
            workers.map(chosen.size(), k -> locate(files.get(chosen.get(k)), root, options.maxFileBytes(), indexed,
                    chosen.get(k))).forEach(sites::addAll);
            sites.removeIf(s -> !wanted.contains(s.from()));
            return List.copyOf(sites);
        }
    }

    private static List<CallSite> locate(Path file, Path root, long maxBytes, IndexPass.Result indexed, int i) {
        SourceText source = SourceFiles.read(file, root, maxBytes);
        Optional<CompilationUnit> unit = source.text().flatMap(t -> Parsing.parse(t, source.relativePath()).unit());
        if (unit.isEmpty()) {
            return List.of();
        }
        unit.get().setStorage(file);
        List<CallSite> found = new ArrayList<>();
        try {
            new FileResolver(indexed.index(), indexed.scopes().get(i), null)
                    .reportingSites(source.relativePath(), found::add).resolve(unit.get());
        } catch (RuntimeException | StackOverflowError e) {
            // as in an analysis, what was found before the failure is kept (the analysis reported the file)
        }
        return found;
    }
}
