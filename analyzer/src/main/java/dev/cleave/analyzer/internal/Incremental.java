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
 *
 * <p>A shortcut spares the questions when the project's declarations did not change (a change inside method
 * bodies): the index is a function of the declarations of all files in path order, so when their digest equals the
 * one of the last complete run ({@link CacheStore.Manifest}), an entry that run verified or wrote (the same entry
 * id: another run's entry of the same file has another id) holds without asking. Also counts the files parsed, for
 * the report and for tests.
 */
final class Incremental {
    private final CacheStore store;
    private final CacheStore.Manifest manifest;
    private final byte[][] digests;
    private final CacheStore.Entry[] entries;
    private final byte[][] indexBlobs;
    private final byte[][] declBlobs;
    private final byte[][] declDigests;
    private final String[] topIds;
    private final long[] used;
    private final String[] paths;
    private final Map<Trace.Question, String> answers = new ConcurrentHashMap<>();
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger resolved = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger undecodable = new AtomicInteger();
    private String indexDigest;
    private boolean sameIndex;

    private Incremental(CacheStore store, int files) {
        this.store = store;
        this.manifest = store == null || store.rebuilt() != null ? null : store.manifest();
        this.digests = new byte[files][];
        this.entries = new CacheStore.Entry[files];
        this.indexBlobs = new byte[files][];
        this.declBlobs = new byte[files][];
        this.declDigests = new byte[files][];
        this.topIds = new String[files];
        this.used = new long[files];
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
        paths[i] = relativePath;
        try {
            if (Files.size(file) > maxBytes) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            digests[i] = Environment.digest(bytes);
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
            IndexPass.FileIndex fi = readIndex(e.index(), e.declarations(), paths[i]);
            declDigests[i] = Environment.digest(e.declarations());
            topIds[i] = topIds(fi);
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
            w.uint(fi.lines());
            DeclCodec.writeProblems(w, fi.problems());
            w.uint(fi.tops().size());
            fi.tops().forEach(t -> w.string(t.id()).string(t.kind().name()).uint(t.lines()));
            indexBlobs[i] = w.toBytes();
            Blob.Writer d = new Blob.Writer();
            d.bool(fi.scope() != null);
            if (fi.scope() != null) {
                DeclCodec.writeScope(d, fi.scope());
            }
            DeclCodec.writeDecls(d, fi.decls());
            declBlobs[i] = d.toBytes();
            declDigests[i] = Environment.digest(declBlobs[i]);
            topIds[i] = topIds(fi);
            entries[i] = null;
        }
    }

    private static String topIds(IndexPass.FileIndex fi) {
        StringBuilder sb = new StringBuilder();
        fi.tops().forEach(t -> sb.append(t.id()).append(','));
        return sb.toString();
    }

    /**
     * Called between the passes: the digest of what the project's index is made of (each file's path, declared
     * top-level types and declarations, in path order), and whether it is the one of the last complete run.
     */
    void indexed() {
        if (store == null) {
            return;
        }
        java.security.MessageDigest md = sha256();
        for (int i = 0; i < paths.length; i++) {
            String line = paths[i] + "\n" + (declDigests[i] == null ? "-" : CacheStoreHex.of(declDigests[i])) + "\n"
                    + topIds[i] + "\n";
            md.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        indexDigest = CacheStoreHex.of(md.digest());
        sameIndex = manifest != null && manifest.index().equals(indexDigest);
    }

    /** The cached resolution of file {@code i} when its trace holds against {@code index}; else null. */
    ResolvePass.FileOutcome cachedOutcome(int i, TypeIndex index) {
        CacheStore.Entry e = entries[i];
        if (e == null || e.resolution() == null) {
            return null;
        }
        try {
            Long verified = sameIndex ? manifest.entries().get(paths[i]) : null;
            if ((verified == null || verified != e.id()) && !holds(new Blob.Reader(e.trace()), index)) {
                return null;
            }
            Blob.Reader r = new Blob.Reader(e.resolution());
            FileReferences refs = OutcomeCodec.readReferences(r);
            Map<String, TypeFacts> facts = OutcomeCodec.readFacts(r);
            r.end();
            reused.incrementAndGet();
            used[i] = e.id();
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
        r.end();
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
        CacheStore.Entry e = entries[i];
        byte[] index = indexBlobs[i] != null ? indexBlobs[i] : e != null ? e.index() : null;
        byte[] decls = declBlobs[i] != null ? declBlobs[i] : e != null ? e.declarations() : null;
        if (index == null || decls == null) {
            return;
        }
        Blob.Writer w = new Blob.Writer();
        OutcomeCodec.writeReferences(w, outcome.references());
        OutcomeCodec.writeFacts(w, outcome.facts());
        Blob.Writer t = new Blob.Writer();
        OutcomeCodec.writeTrace(t, trace);
        used[i] = store.write(paths[i], digests[i], index, decls, w.toBytes(), t.toBytes());
        indexBlobs[i] = null;
        declBlobs[i] = null;
        entries[i] = null;
    }

    /**
     * Drops the entries of files no longer there, records which entries hold under this run's index, and reports;
     * null when the run had no cache.
     */
    CacheReport finish(Set<String> relativePaths, int files) {
        if (store == null) {
            return null;
        }
        store.retain(relativePaths);
        Map<String, Long> verified = new java.util.HashMap<>();
        for (int i = 0; i < paths.length; i++) {
            if (used[i] != 0) {
                verified.put(paths[i], used[i]);
            }
        }
        if (indexDigest != null) {
            store.writeManifest(new CacheStore.Manifest(indexDigest, verified));
        }
        return new CacheReport(store.folder(), store.rebuilt(), files, reused.get(), parsed.get(), resolved.get(),
                store.damaged() + store.stale() + undecodable.get(), store.trouble());
    }

    private static IndexPass.FileIndex readIndex(byte[] index, byte[] declarations, String file)
            throws IOException {
        Blob.Reader r = new Blob.Reader(index);
        int lines = r.integer();
        List<Problem> problems = DeclCodec.readProblems(r);
        int n = r.count();
        List<IndexPass.TopType> tops = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tops.add(new IndexPass.TopType(r.text(), r.constant(TypeKind.class), file, r.integer()));
        }
        r.end();
        Blob.Reader d = new Blob.Reader(declarations);
        FileScope scope = d.bool() ? DeclCodec.readScope(d) : null;
        List<SourceDecl> decls = scope == null ? List.of() : DeclCodec.readDecls(d, scope);
        if (scope == null && d.count() != 0) {
            throw new IOException("declarations without a scope");
        }
        d.end();
        return new IndexPass.FileIndex(file, lines, scope, decls, tops, problems, null);
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Lower-case hex. */
    private static final class CacheStoreHex {
        static String of(byte[] bytes) {
            return java.util.HexFormat.of().formatHex(bytes);
        }
    }
}
