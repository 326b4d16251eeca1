package dev.cleave.analyzer.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.analyzer.internal.resolve.DeclarationIndex;
import dev.cleave.analyzer.internal.resolve.FileScope;
import dev.cleave.analyzer.internal.resolve.LibraryTypes;
import dev.cleave.analyzer.internal.resolve.SourceDecl;
import dev.cleave.analyzer.internal.resolve.TypeIndex;
import dev.cleave.analyzer.internal.source.SourceFiles;
import dev.cleave.analyzer.internal.source.SourceText;
import dev.cleave.model.Problem;
import dev.cleave.model.TypeKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Pass 1: reads and parses every file in parallel and keeps its declarations, and its syntax tree while the
 * {@link AstBudget} allows, then builds and links the project's {@link TypeIndex}. Where two files declare the same type, the first in path order wins
 * and the other is reported.
 */
final class IndexPass {
    private IndexPass() {
    }

    /** A top-level type of the sources: a node to be. */
    record TopType(String id, TypeKind kind, String file, int lines) {
    }

    /** What pass 1 learnt about one file; {@code unit} is kept only when it fit in the {@link AstBudget}. */
    record FileIndex(String file, int lines, FileScope scope, List<SourceDecl> decls, List<TopType> tops,
                     List<Problem> problems, CompilationUnit unit) {
    }

    /**
     * The linked index, each file's scope (null for files that could not be parsed) and kept syntax tree (null
     * when not kept; pass 2 takes them out), and the nodes.
     */
    record Result(TypeIndex index, List<FileScope> scopes, AtomicReferenceArray<CompilationUnit> units,
                  List<TopType> tops, List<Problem> problems, long lines) {
    }

    static Result run(List<Path> files, Path root, long maxBytes, LibraryTypes library, Workers workers,
                      ProgressListener progress, AstBudget budget) {
        return run(files, root, maxBytes, library, workers, progress, budget, Incremental.off(files.size()));
    }

    static Result run(List<Path> files, Path root, long maxBytes, LibraryTypes library, Workers workers,
                      ProgressListener progress, AstBudget budget, Incremental cache) {
        progress.phase("indexing", files.size());
        List<FileIndex> indexed = workers.map(files.size(), i -> {
            FileIndex fi = index(i, files.get(i), root, maxBytes, budget, cache);
            progress.advance(1);
            return fi;
        });
        Map<String, SourceDecl> decls = new LinkedHashMap<>();
        Map<String, String> topFiles = new LinkedHashMap<>();
        List<TopType> tops = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<FileScope> scopes = new ArrayList<>();
        AtomicReferenceArray<CompilationUnit> units = new AtomicReferenceArray<>(indexed.size());
        long lines = 0;
        for (int i = 0; i < indexed.size(); i++) {
            FileIndex fi = indexed.get(i);
            units.set(i, fi.unit());
            lines += fi.lines();
            problems.addAll(fi.problems());
            scopes.add(fi.scope());
            for (TopType t : fi.tops()) {
                String prior = topFiles.putIfAbsent(t.id(), fi.file());
                if (prior == null) {
                    tops.add(t);
                } else {
                    problems.add(new Problem(fi.file(), 0, "type " + t.id() + " is also declared in " + prior
                            + ": this declaration is ignored"));
                }
            }
            for (SourceDecl d : fi.decls()) {
                if (fi.file().equals(topFiles.get(d.info().topLevel()))) {
                    decls.putIfAbsent(d.info().binaryName(), d);
                }
            }
        }
        TypeIndex index = DeclarationIndex.link(new ArrayList<>(decls.values()), library, workers::map);
        scopes.stream().filter(s -> s != null).forEach(s -> s.bind(index).forget());
        return new Result(index, scopes, units, tops, problems, lines);
    }

    /** The index of one file: from the cache when its bytes are unchanged, else parsed (and kept for the cache). */
    private static FileIndex index(int i, Path file, Path root, long maxBytes, AstBudget budget, Incremental cache) {
        byte[] bytes = cache.read(i, file, SourceFiles.relativePath(root, file), maxBytes);
        FileIndex hit = bytes == null ? null : cache.cachedIndex(i);
        if (hit != null) {
            return hit;
        }
        SourceText source = bytes != null ? SourceFiles.decode(file, root, bytes)
                : SourceFiles.read(file, root, maxBytes);
        FileIndex fi = parse(source, budget, cache);
        cache.indexed(i, fi);
        return fi;
    }

    private static FileIndex parse(SourceText source, AstBudget budget, Incremental cache) {
        String rel = source.relativePath();
        List<Problem> problems = new ArrayList<>(source.problems());
        if (source.text().isEmpty()) {
            return new FileIndex(rel, 0, null, List.of(), List.of(), problems, null);
        }
        String text = source.text().get();
        try {
            cache.parsedOne();
            Parsing.Parsed parsed = Parsing.parse(text, rel);
            problems.addAll(parsed.problems());
            if (parsed.unit().isEmpty()) {
                return new FileIndex(rel, Parsing.lines(text), null, List.of(), List.of(), problems, null);
            }
            CompilationUnit cu = parsed.unit().get();
            FileScope scope = new FileScope(cu);
            List<SourceDecl> decls = DeclarationIndex.declarations(cu, scope);
            List<TopType> tops = new ArrayList<>();
            String pkg = scope.packageName();
            for (TypeDeclaration<?> td : cu.getTypes()) {
                String id = pkg.isEmpty() ? td.getNameAsString() : pkg + "." + td.getNameAsString();
                int lines = td.getRange().map(r -> r.end.line - r.begin.line + 1).orElse(0);
                tops.add(new TopType(id, DeclarationIndex.kindOf(td), rel, lines));
            }
            CompilationUnit kept = budget.tryReserve(text.length()) ? KeptTrees.withoutTokens(cu) : null;
            return new FileIndex(rel, Parsing.lines(text), scope, decls, tops, problems, kept);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new Problem(rel, 0, "could not index the file: " + e));
            return new FileIndex(rel, Parsing.lines(text), null, List.of(), List.of(), problems, null);
        }
    }
}
