package dev.cleave.analyzer.internal;

import com.github.javaparser.ast.CompilationUnit;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.analyzer.internal.resolve.FileReferences;
import dev.cleave.analyzer.internal.resolve.FileResolver;
import dev.cleave.analyzer.internal.resolve.FileScope;
import dev.cleave.analyzer.internal.resolve.TypeIndex;
import dev.cleave.analyzer.internal.source.SourceFiles;
import dev.cleave.analyzer.internal.source.SourceText;
import dev.cleave.model.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Pass 2: parses each file again and resolves all its references against the linked index, in parallel. A
 * file that makes the resolver fail is reported and its references so far are kept; the run goes on.
 */
final class ResolvePass {
    private ResolvePass() {
    }

    /** Hears each parsed unit with its resolver, on the worker thread (for the facts extractor). */
    interface UnitListener {
        UnitListener NONE = (cu, resolver, file) -> {
        };

        void parsed(CompilationUnit cu, FileResolver resolver, String file);
    }

    static List<FileReferences> run(List<Path> files, Path root, long maxBytes, IndexPass.Result indexed,
                                    Workers workers, ProgressListener progress, UnitListener listener) {
        progress.phase("resolving", files.size());
        return workers.map(files.size(), i -> {
            FileReferences refs = resolve(files.get(i), root, maxBytes, indexed.index(), indexed.scopes().get(i),
                    listener);
            progress.advance(1);
            return refs;
        });
    }

    private static FileReferences resolve(Path file, Path root, long maxBytes, TypeIndex index, FileScope scope,
                                          UnitListener listener) {
        if (scope == null) {
            return new FileReferences();
        }
        SourceText source = SourceFiles.read(file, root, maxBytes);
        Optional<CompilationUnit> cu = source.text().flatMap(t -> Parsing.parse(t, source.relativePath()).unit());
        if (cu.isEmpty()) {
            return new FileReferences();
        }
        FileResolver resolver = new FileResolver(index, scope, null);
        try {
            resolver.resolve(cu.get());
        } catch (RuntimeException | StackOverflowError e) {
            resolver.references().problem(new Problem(source.relativePath(), 0,
                    "could not resolve all references: " + e));
        }
        try {
            listener.parsed(cu.get(), resolver, source.relativePath());
        } catch (RuntimeException | StackOverflowError e) {
            resolver.references().problem(new Problem(source.relativePath(), 0, "could not extract facts: " + e));
        }
        return resolver.references();
    }
}
