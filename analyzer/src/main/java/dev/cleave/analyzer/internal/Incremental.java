package dev.cleave.analyzer.internal;

import dev.cleave.analyzer.CacheReport;
import dev.cleave.analyzer.internal.cache.Blob;
import dev.cleave.analyzer.internal.cache.CacheStore;
import dev.cleave.analyzer.internal.cache.DeclCodec;
import dev.cleave.analyzer.internal.cache.Environment;
import dev.cleave.analyzer.internal.cache.OutcomeCodec;
import dev.cleave.analyzer.internal.facts.TypeFacts;
import dev.cleave.analyzer.internal.resolve.FileReferences;
import dev.cleave.analyzer.internal.resolve.FileScope;
import dev.cleave.analyzer.internal.resolve.SourceDecl;
import dev.cleave.analyzer.internal.resolve.Trace;
import dev.cleave.analyzer.internal.resolve.TypeIndex;
import dev.cleave.analyzer.internal.source.SourceFiles;
import dev.cleave.analyzer.internal.source.SourceText;
import dev.cleave.model.Problem;
import dev.cleave.model.TypeKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The incremental side of one analysis run: per file, whether its pass-1 and pass-2 results can be taken from the
 * {@link CacheStore}, and writing back what was computed.
 *
 * <p>A file's index (pass 1) is reused when its bytes are unchanged: it depends on nothing else. Its resolution
 * (pass 2) is reused when its bytes are unchanged and its {@link Trace} still holds: every question its resolution
 * asked of the project's index gets the same answer from the new index. Answers are computed once per run and
 * question ({@link #answers}). Everything global (linking, merging, finishing facts, co-change) is always redone.
 * Also counts the files parsed, for the report and for tests.
 */
final class Incremental {
    private final CacheStore store;
    private final byte[][] digests;
    private final CacheStore.Entry[] entries;
    private final byte[][] indexBlobs;
    private final String[] paths;
    private final Map<Trace.Question, String> answers = new ConcurrentHashMap<>();
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger resolved = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger undecodable = new AtomicInteger();

    private Incremental(CacheStore store, int files) {
        this.store = store;
        this.digests = new byte[files][];
        this.entries = new CacheStore.Entry[files];
        this.indexBlobs = new byte[files][];
        this.paths = new String[files];
    }

    /** A run without a cache (when {@code folder} is null) or with the cache in {@code folder}. */
    static Incremental open(Path folder, Environment env, int files) {
        return new Incremental(folder == null ? null : CacheStore.open(folder, env), files);
    }

    /** A run without a cache. */
    static Incremental off(int files) {
        return new Incremental(null, files);
    }

    boolean enabled() {
        return store != null;
    }

    void parsedOne() {
        parsed.incrementAndGet();
    }

    /**
     * The bytes of file {@code i} when the cache is on and the file can be cached (readable, within the size
     * limit); its digest is kept. Null otherwise: the file is then read as without a cache.
     */
    byte[] read(int i, Path file, String relativePath, long maxBytes) {
        if (store == null) {
            return null;
        }
        try {
            if (Files.size(file) > maxBytes) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            digests[i] = Environment.digest(bytes);
            paths[i] = relativePath;
            entries[i] = store.read(relativePath, digests[i]);
            return bytes;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads file {@code i} again for pass 2. When its bytes are no longer those pass 1 saw (edited during the run),
     * its results are not cached: the entry would pair one text's digest with another text's results.
     */
    SourceText reread(int i, Path file, Path root, long maxBytes) {
        if (store == null || digests[i] == null) {
            return SourceFiles.read(file, root, maxBytes);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!java.util.Arrays.equals(Environment.digest(bytes), digests[i])) {
                digests[i] = null;
            }
            return SourceFiles.decode(file, root, bytes);
        } catch (IOException | RuntimeException e) {
            digests[i] = null;
            return SourceFiles.read(file, root, maxBytes);
        }
    }

    /** The cached index of file {@code i}, or null when there is none (or it cannot be decoded). */
    IndexPass.FileIndex cachedIndex(int i) {
        CacheStore.Entry e = entries[i];
        if (e == null) {
            return null;
        }
        try {
            Blob.Reader r = new Blob.Reader(e.index());
            IndexPass.FileIndex fi = readIndex(r, paths[i]);
            r.end();
            return fi;
        } catch (IOException | RuntimeException ex) {
            undecodable.incrementAndGet();
            entries[i] = null;
            return null;
        }
    }

    /** Keeps the index just computed for file {@code i}, to be written with its resolution. */
    void indexed(int i, IndexPass.FileIndex fi) {
        if (store != null && digests[i] != null) {
            Blob.Writer w = new Blob.Writer();
            writeIndex(w, fi);
            indexBlobs[i] = w.toBytes();
        }
    }

    /** The cached resolution of file {@code i} when its trace holds against {@code index}; else null. */
    ResolvePass.FileOutcome cachedOutcome(int i, TypeIndex index) {
        CacheStore.Entry e = entries[i];
        if (e == null || e.resolution() == null) {
            return null;
        }
        try {
            Blob.Reader r = new Blob.Reader(e.resolution());
            if (!holds(r, index)) {
                return null;
            }
            FileReferences refs = OutcomeCodec.readReferences(r);
            Map<String, TypeFacts> facts = OutcomeCodec.readFacts(r);
            r.end();
            reused.incrementAndGet();
            return new ResolvePass.FileOutcome(refs, facts);
        } catch (IOException | RuntimeException ex) {
            undecodable.incrementAndGet();
            return null;
        }
    }

    private boolean holds(Blob.Reader r, TypeIndex index) throws IOException {
        int n = r.count();
        for (int q = 0; q < n; q++) {
            Trace.Question question = new Trace.Question(r.constant(Trace.Kind.class), r.text(), r.text());
            String answer = r.text();
            if (!answer.equals(answers.computeIfAbsent(question, index::answer))) {
                return false;
            }
        }
        return true;
    }

    /** A trace to record file {@code i}'s resolution into, or null when it will not be cached. */
    Trace trace(int i) {
        return store != null && digests[i] != null ? new Trace() : null;
    }

    /** Writes the entry of file {@code i} resolved in this run, with its index (fresh or from the cache). */
    void resolved(int i, Trace trace, ResolvePass.FileOutcome outcome) {
        resolved.incrementAndGet();
        if (trace == null || digests[i] == null) {
            return;
        }
        byte[] index = indexBlobs[i] != null ? indexBlobs[i] : entries[i] != null ? entries[i].index() : null;
        if (index == null) {
            return;
        }
        Blob.Writer w = new Blob.Writer();
        OutcomeCodec.writeTrace(w, trace);
        OutcomeCodec.writeReferences(w, outcome.references());
        OutcomeCodec.writeFacts(w, outcome.facts());
        store.write(paths[i], digests[i], index, w.toBytes());
        indexBlobs[i] = null;
        entries[i] = null;
    }

    /** Drops the entries of files no longer there and reports; null when the run had no cache. */
    CacheReport finish(Set<String> relativePaths, int files) {
        if (store == null) {
            return null;
        }
        store.retain(relativePaths);
        return new CacheReport(store.folder(), store.rebuilt(), files, reused.get(), parsed.get(), resolved.get(),
                store.damaged() + store.stale() + undecodable.get(), store.trouble());
    }

    int parsed() {
        return parsed.get();
    }

    private static void writeIndex(Blob.Writer w, IndexPass.FileIndex fi) {
        w.uint(fi.lines());
        DeclCodec.writeProblems(w, fi.problems());
        w.bool(fi.scope() != null);
        if (fi.scope() != null) {
            DeclCodec.writeScope(w, fi.scope());
        }
        w.uint(fi.tops().size());
        fi.tops().forEach(t -> w.string(t.id()).string(t.kind().name()).uint(t.lines()));
        DeclCodec.writeDecls(w, fi.decls());
    }

    private static IndexPass.FileIndex readIndex(Blob.Reader r, String file) throws IOException {
        int lines = r.integer();
        List<Problem> problems = DeclCodec.readProblems(r);
        FileScope scope = r.bool() ? DeclCodec.readScope(r) : null;
        int n = r.count();
        List<IndexPass.TopType> tops = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tops.add(new IndexPass.TopType(r.text(), r.constant(TypeKind.class), file, r.integer()));
        }
        List<SourceDecl> decls = scope == null ? List.of() : DeclCodec.readDecls(r, scope);
        if (scope == null && r.count() != 0) {
            throw new IOException("declarations without a scope");
        }
        return new IndexPass.FileIndex(file, lines, scope, decls, tops, problems, null);
    }
}
