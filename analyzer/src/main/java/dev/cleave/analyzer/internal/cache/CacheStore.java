package dev.cleave.analyzer.internal.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The analysis cache on disk: an {@code environment} file naming what all entries were made with
 * ({@link Environment}), and a folder {@code files} with one entry per source file, named by a digest of its
 * relative path.
 *
 * <p>An entry is {@code magic, format, environment digest, relative path, content digest, entry id (random, new at
 * every write), pass-1 blob, declarations blob, pass-2 blob and its trace (both empty when the file was not
 * resolved), CRC32 of all that}. It is trusted only when every one of these checks out; anything else (a
 * truncated or corrupted file, an entry of another format or environment, a folder where a file should be) counts
 * as damaged and is ignored, and the file is analyzed again. Entries are written to a temporary file with a name of
 * its own (process, thread, random) and atomically moved into place, so readers see a whole entry or none, and two
 * analyses of the same project may share the cache at the same time. Nothing here throws: a cache that cannot be
 * read or written only costs time.
 */
public final class CacheStore {
    /** Bump whenever the layout of entries or of their blobs changes: older caches are then rebuilt. */
    public static final int FORMAT = 2;
    private static final int MAGIC = 0x434C5643;
    private static final String TEMP = ".tmp";

    private final Path folder;
    private final Path files;
    private final String environment;
    private final String rebuilt;
    private final AtomicInteger damaged = new AtomicInteger();
    private final AtomicInteger older = new AtomicInteger();
    private volatile String trouble;

    private CacheStore(Path folder, String environment, String rebuilt, String trouble) {
        this.folder = folder;
        this.files = folder.resolve("files");
        this.environment = environment;
        this.rebuilt = rebuilt;
        this.trouble = trouble;
    }

    /**
     * One valid entry: its id, the blobs of pass 1 (what the file contributes to the graph, and its declarations
     * apart) and of pass 2 (null when the file was not resolved).
     */
    public record Entry(long id, byte[] index, byte[] declarations, byte[] resolution, byte[] trace) {
    }

    /**
     * What the last complete run left: the digest of its project index and, per file, the id of the entry whose
     * resolution it verified or wrote under that index.
     */
    public record Manifest(String index, java.util.Map<String, Long> entries) {
    }

    /**
     * Opens the cache in {@code folder} for this environment. When the folder holds no cache, or one made in another
     * environment, its entries are deleted and the reason is kept ({@link #rebuilt}).
     */
    public static CacheStore open(Path folder, Environment env) {
        String reason;
        try {
            Files.createDirectories(folder);
            reason = env.differenceFrom(readEnvironment(folder.resolve("environment")));
        } catch (IOException | RuntimeException e) {
            return new CacheStore(folder, null, "the cache folder cannot be used", "cache not used: "
                    + folder + " cannot be created or read (" + e.getMessage() + ")");
        }
        CacheStore store = new CacheStore(folder, env.digest(), reason, null);
        if (reason != null) {
            store.clear();
            store.writeEnvironment(env);
        }
        return store;
    }

    public Path folder() {
        return folder;
    }

    /** Why the cache was (re)built in this run, or null when it was used as found. */
    public String rebuilt() {
        return rebuilt;
    }

    /** Entries found damaged (truncated, corrupted, unreadable) and ignored. */
    public int damaged() {
        return damaged.get();
    }

    /** Entries of an older format or of another environment, ignored. */
    public int stale() {
        return older.get();
    }

    /** What went wrong while writing the cache (the first such thing), or null. */
    public String trouble() {
        return trouble;
    }

    /** The valid entry of this file with this content digest, or null. */
    public Entry read(String relativePath, byte[] contentDigest) {
        if (!usable()) {
            return null;
        }
        Path path = entryPath(relativePath);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            damaged.incrementAndGet();
            return null;
        }
        try {
            return decode(bytes, relativePath, contentDigest);
        } catch (IOException | RuntimeException e) {
            damaged.incrementAndGet();
            return null;
        }
    }

    private Entry decode(byte[] bytes, String relativePath, byte[] contentDigest) throws IOException {
        if (bytes.length < 12) {
            throw new IOException("entry too short");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a cache entry");
        }
        if (in.readInt() != FORMAT) {
            older.incrementAndGet();
            return null;
        }
        byte[] tail = Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length);
        if ((int) crc.getValue() != java.nio.ByteBuffer.wrap(tail).getInt()) {
            throw new IOException("checksum mismatch");
        }
        if (!environment.equals(in.readUTF())) {
            older.incrementAndGet();
            return null;
        }
        if (!relativePath.equals(in.readUTF())) {
            throw new IOException("entry of another file");
        }
        byte[] digest = new byte[in.readUnsignedShort()];
        in.readFully(digest);
        if (!Arrays.equals(digest, contentDigest)) {
            return null;
        }
        long id = in.readLong();
        byte[] index = blob(in, bytes.length);
        byte[] declarations = blob(in, bytes.length);
        byte[] resolution = blob(in, bytes.length);
        byte[] trace = blob(in, bytes.length);
        if (in.available() != 4) {
            throw new IOException("entry has trailing bytes");
        }
        return new Entry(id, index, declarations, resolution.length == 0 ? null : resolution, trace);
    }

    private static byte[] blob(DataInputStream in, int limit) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > limit) {
            throw new IOException("bad blob length");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    /**
     * Writes the entry of a file and returns its new id; failures are remembered in {@link #trouble}, and 0 is
     * returned (no entry has id 0).
     */
    public long write(String relativePath, byte[] contentDigest, byte[] index, byte[] declarations,
                      byte[] resolution, byte[] trace) {
        if (!usable()) {
            return 0;
        }
        long id = ThreadLocalRandom.current().nextLong() | 1L;
        Path target = entryPath(relativePath);
        Path temp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + TEMP);
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(index.length + declarations.length
                    + resolution.length + trace.length + 256);
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(environment);
            out.writeUTF(relativePath);
            out.writeShort(contentDigest.length);
            out.write(contentDigest);
            out.writeLong(id);
            out.writeInt(index.length);
            out.write(index);
            out.writeInt(declarations.length);
            out.write(declarations);
            out.writeInt(resolution.length);
            out.write(resolution);
            out.writeInt(trace.length);
            out.write(trace);
            CRC32 crc = new CRC32();
            crc.update(buffer.toByteArray());
            out.writeInt((int) crc.getValue());
            out.flush();
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(target);
            }
            Files.createDirectories(files);
            Files.write(temp, buffer.toByteArray());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return id;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (trouble == null) {
                trouble = "cache entry not written: " + target + " (" + e + ")";
            }
            return 0;
        }
    }

    /** The manifest of the last complete run in this environment, or null (none, damaged, another environment). */
    public Manifest manifest() {
        if (!usable()) {
            return null;
        }
        try {
            String text = Files.readString(folder.resolve("manifest"), StandardCharsets.UTF_8);
            int last = text.lastIndexOf("crc ");
            CRC32 crc = new CRC32();
            crc.update(text.substring(0, last).getBytes(StandardCharsets.UTF_8));
            if (last < 0 || !text.substring(last + 4).strip().equals(Long.toHexString(crc.getValue()))) {
                return null;
            }
            String[] lines = text.substring(0, last).split("\n");
            String[] head = lines[0].split(" ");
            if (head.length != 4 || !head[0].equals("cleave-manifest") || !head[1].equals(Integer.toString(FORMAT))
                    || !head[2].equals(environment)) {
                return null;
            }
            java.util.Map<String, Long> entries = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int space = lines[i].indexOf(' ');
                entries.put(lines[i].substring(space + 1), Long.parseUnsignedLong(lines[i].substring(0, space), 16));
            }
            return new Manifest(head[3], entries);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Replaces the manifest (atomically; a failure only costs the next run its shortcut). */
    public void writeManifest(Manifest manifest) {
        if (!usable()) {
            return;
        }
        StringBuilder sb = new StringBuilder("cleave-manifest " + FORMAT + " " + environment + " " + manifest.index()
                + "\n");
        new java.util.TreeMap<>(manifest.entries()).forEach((path, id) ->
                sb.append(Long.toHexString(id)).append(' ').append(path).append('\n'));
        CRC32 crc = new CRC32();
        crc.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.append("crc ").append(Long.toHexString(crc.getValue())).append('\n');
        replace(folder.resolve("manifest"), sb.toString());
    }

    /**
     * Deletes everything in the entries folder but the entries of these files (so the cache holds at most one entry
     * per current source file): entries of deleted or renamed files, temporary files left by killed runs, garbage.
     */
    public void retain(Set<String> relativePaths) {
        if (!usable()) {
            return;
        }
        Set<String> keep = new java.util.HashSet<>();
        relativePaths.forEach(p -> keep.add(entryPath(p).getFileName().toString()));
        try (DirectoryStream<Path> all = Files.newDirectoryStream(files)) {
            for (Path p : all) {
                if (!keep.contains(p.getFileName().toString()) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an entries folder that cannot be listed is rebuilt entry by entry; nothing to clean
        }
    }

    /** Whether the folder could be opened at all; if not, nothing is read or written. */
    private boolean usable() {
        return environment != null;
    }

    private void clear() {
        deleteTree(files);
        deleteTree(folder.resolve("manifest"));
    }

    private Path entryPath(String relativePath) {
        return files.resolve(Environment.sha256(relativePath.getBytes(StandardCharsets.UTF_8)).substring(0, 40));
    }

    private static String readEnvironment(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void writeEnvironment(Environment env) {
        replace(folder.resolve("environment"), env.text());
    }

    private void replace(Path target, String text) {
        Path temp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP);
        try {
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(target);
            }
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (trouble == null) {
                trouble = "cache file not written: " + target + " (" + e + ")";
            }
        }
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            all.sorted(Comparator.reverseOrder()).forEach(CacheStore::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(p);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // another run may hold or have taken it; what stays is ignored or cleaned next time
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
