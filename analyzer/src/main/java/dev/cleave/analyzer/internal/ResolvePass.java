package dev.cleave.analyzer.internal;

import com.github.javaparser.ast.CompilationUnit;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.analyzer.internal.facts.FactsExtractor;
import dev.cleave.analyzer.internal.facts.TypeFacts;
import dev.cleave.analyzer.internal.resolve.FileReferences;
import dev.cleave.analyzer.internal.resolve.FileResolver;
import dev.cleave.analyzer.internal.resolve.FileScope;
import dev.cleave.analyzer.internal.resolve.Trace;
import dev.cleave.analyzer.internal.resolve.TypeIndex;
import dev.cleave.analyzer.internal.source.SourceFiles;
import dev.cleave.analyzer.internal.source.SourceText;
import dev.cleave.model.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pass 2: takes each file's syntax tree from pass 1 or parses the file again, resolves all its references against
 * the linked index and extracts the facts of its types, in parallel; or, in an incremental run, takes a file's
 * results from the cache when nothing they depended on changed ({@link Incremental}). A file that makes the
 * resolver or the facts extractor fail is reported and what was found so far is kept; the run goes on.
 */
final class ResolvePass {
    private ResolvePass() {
    }

    /** What pass 2 found in one file. */
    record FileOutcome(FileReferences references, Map<String, TypeFacts> facts) {
    }

    static List<FileOutcome> run(List<Path> files, Path root, long maxBytes, IndexPass.Result indexed,
                                 FactsExtractor facts, Workers workers, ProgressListener progress,
                                 Incremental cache) {
        progress.phase("resolving", files.size());
        cache.indexed();
        return workers.map(files.size(), i -> {
            CompilationUnit kept = indexed.units().getAndSet(i, null);
            FileOutcome outcome = cache.cachedOutcome(i, indexed.index());
            if (outcome == null) {
                Trace trace = cache.trace(i);
                if (trace != null) {
                    indexed.index().startTrace(trace);
                }
                try {
                    outcome = resolve(i, files.get(i), root, maxBytes, indexed.index(), indexed.scopes().get(i), facts,
                            kept, cache);
                } finally {
                    indexed.index().stopTrace();
                }
                cache.resolved(i, trace, outcome);
            }
            progress.advance(1);
            return outcome;
        });
    }

    private static FileOutcome resolve(int i, Path file, Path root, long maxBytes, TypeIndex index, FileScope scope,
                                       FactsExtractor facts, CompilationUnit kept, Incremental cache) {
        if (scope == null) {
            return new FileOutcome(new FileReferences(), Map.of());
        }
        String rel = SourceFiles.relativePath(root, file);
        Optional<CompilationUnit> parsed = Optional.ofNullable(kept);
        if (parsed.isEmpty()) {
            SourceText source = cache.reread(i, file, root, maxBytes);
            if (source.text().isPresent()) {
                cache.parsedOne();
            }
            parsed = source.text().flatMap(t -> Parsing.parse(t, rel).unit());
        }
        if (parsed.isEmpty()) {
            return new FileOutcome(new FileReferences(), Map.of());
        }
        CompilationUnit cu = parsed.get();
        cu.setStorage(file);
        FileResolver resolver = new FileResolver(index, scope, null);
        try {
            resolver.resolve(cu);
        } catch (RuntimeException | StackOverflowError e) {
            resolver.references().problem(new Problem(rel, 0,
                    "could not resolve all references: " + e));
        }
        Map<String, TypeFacts> found = Map.of();
        try {
            found = facts.extract(cu, resolver.typeNames());
        } catch (RuntimeException | StackOverflowError e) {
            resolver.references().problem(new Problem(rel, 0, "could not extract facts: " + e));
        }
        return new FileOutcome(resolver.references(), found);
    }
}
