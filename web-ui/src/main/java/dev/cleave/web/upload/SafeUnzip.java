package dev.cleave.web.upload;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Unpacks an uploaded zip into a new folder, refusing archives that would write outside it (zip-slip), plant
 * symbolic links, or exhaust the disk (zip bombs).
 *
 * <p>Entries come from the central directory (commons-compress {@link ZipFile}). All names are checked before
 * anything is written. Sizes in the archive's headers are not trusted: the bytes actually inflated are counted
 * while copying and the copy stops as soon as a limit is crossed. On any refusal or failure everything written
 * into the target is deleted again.
 */
public final class SafeUnzip {
    private static final long MIB = 1024 * 1024;
    /** Below this many inflated bytes an entry's ratio is not checked (tiny files compress well). */
    static final long RATIO_FLOOR = MIB;

    private SafeUnzip() {
    }

    /**
     * Bounds for one archive.
     *
     * @param maxEntries    entries (files and folders) at most
     * @param maxTotalBytes bytes unpacked in total at most
     * @param maxEntryBytes bytes unpacked per entry at most
     * @param maxRatio      unpacked / compressed bytes of an entry at most, checked once it unpacked
     *                      {@link #RATIO_FLOOR} bytes
     */
    public record Limits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio) {
        /** 20,000 entries, 512 MiB in total, 64 MiB per entry, ratio 200 (source code compresses about 5-10x). */
        public static final Limits DEFAULTS = new Limits(20_000, 512 * MIB, 64 * MIB, 200);

        public Limits {
            if (maxEntries < 1 || maxTotalBytes < 1 || maxEntryBytes < 1 || maxRatio < 1) {
                throw new IllegalArgumentException("unzip limits must be positive: " + maxEntries + " entries, "
                        + maxTotalBytes + " bytes in total, " + maxEntryBytes + " per entry, ratio " + maxRatio);
            }
        }
    }

    /**
     * What was unpacked.
     *
     * @param files       regular files written
     * @param directories folders created (those listed in the archive)
     * @param bytes       bytes written in total
     */
    public record Result(int files, int directories, long bytes) {
    }

    /**
     * Unpacks {@code zipFile} into {@code targetDir}, which must not exist or be an empty folder.
     *
     * @throws UnsafeArchiveException   when the archive is refused (see the class comment); the target is then
     *                                  empty again (or removed, if this call created it)
     * @throws IllegalArgumentException when the target is a file or a folder that is not empty (nothing is touched)
     * @throws IOException              when reading the upload or writing the target fails
     */
    public static Result unzip(Path zipFile, Path targetDir, Limits limits) throws IOException {
        Objects.requireNonNull(zipFile, "zipFile");
        Objects.requireNonNull(limits, "limits");
        boolean created = prepareTarget(targetDir);
        Path target = targetDir.toRealPath();
        try (ZipFile zip = open(zipFile)) {
            List<ZipArchiveEntry> entries = checkedEntries(zip, limits);
            return new Extraction(zip, target, limits).run(entries);
        } catch (IOException | RuntimeException | Error e) {
            clean(target, created, e);
            throw e;
        }
    }

    /**
     * The folder holding the project in an unpacked archive: its single top-level folder when it has one (as
     * GitHub's "Download ZIP" does), ignoring {@code __MACOSX} and {@code .DS_Store}; else {@code unpacked}.
     */
    public static Path projectRoot(Path unpacked) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(unpacked)) {
            for (Path child : entries) {
                String name = child.getFileName().toString();
                if (!name.equals("__MACOSX") && !name.equals(".DS_Store")) {
                    children.add(child);
                }
            }
        }
        boolean singleFolder = children.size() == 1 && Files.isDirectory(children.get(0), LinkOption.NOFOLLOW_LINKS);
        return singleFolder ? children.get(0) : unpacked;
    }

    /** Creates the target or checks that it is an empty folder; returns whether it was created. */
    private static boolean prepareTarget(Path targetDir) throws IOException {
        if (Files.notExists(targetDir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(targetDir);
            return true;
        }
        if (!Files.isDirectory(targetDir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(targetDir + " is not a folder: unpack into a new or empty folder");
        }
        try (Stream<Path> children = Files.list(targetDir)) {
            if (children.findAny().isPresent()) {
                throw new IllegalArgumentException(targetDir + " is not empty: unpack into a new or empty folder");
            }
        }
        return false;
    }

    private static ZipFile open(Path zipFile) throws IOException {
        if (!Files.isRegularFile(zipFile)) {
            throw new IllegalArgumentException(zipFile + ": no such file");
        }
        try {
            return ZipFile.builder().setPath(zipFile).get();
        } catch (IOException | RuntimeException e) {
            throw new UnsafeArchiveException("the upload is not a zip archive or is damaged (" + e.getMessage()
                    + "): upload a .zip of the project's folder", e);
        }
    }

    /** The entries in central-directory order, after checking the names, types and count, before any write. */
    private static List<ZipArchiveEntry> checkedEntries(ZipFile zip, Limits limits) {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > limits.maxEntries()) {
            throw new UnsafeArchiveException("the archive has " + entries.size() + " entries, more than the limit of "
                    + limits.maxEntries() + " (entry '" + entries.get(limits.maxEntries()).getName()
                    + "' is one too many): upload only the sources (leave out build output such as target/)");
        }
        Set<String> seen = new HashSet<>();
        for (ZipArchiveEntry entry : entries) {
            String path = EntryNames.relative(entry.getName());
            if (entry.isUnixSymlink()) {
                throw new UnsafeArchiveException("the archive entry '" + entry.getName() + "' is a symbolic link,"
                        + " which the wizard does not unpack: zip the project again without links"
                        + " (zip --symlinks off, or replace the link by the file)");
            }
            if (!zip.canReadEntryData(entry)) {
                throw new UnsafeArchiveException("the archive entry '" + entry.getName() + "' is encrypted or uses"
                        + " a compression method the wizard cannot read: zip the project again without a password,"
                        + " with the default (deflate) compression");
            }
            if (!path.isEmpty() && !seen.add(path)) {
                throw new UnsafeArchiveException("the archive lists '" + entry.getName() + "' twice: zip the project"
                        + " again");
            }
        }
        return entries;
    }

    /** Deletes what was written into the target (and the target, if this call created it). */
    private static void clean(Path target, boolean created, Throwable failure) {
        try (Stream<Path> paths = Files.walk(target)) {
            List<Path> deepestFirst = paths.sorted(Collections.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                if (created || !path.equals(target)) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** One unpacking: counts what it writes and stops at the limits. */
    private static final class Extraction {
        private final ZipFile zip;
        private final Path target;
        private final Limits limits;
        private final byte[] buffer = new byte[64 * 1024];
        private int files;
        private int directories;
        private long total;

        Extraction(ZipFile zip, Path target, Limits limits) {
            this.zip = zip;
            this.target = target;
            this.limits = limits;
        }

        Result run(List<ZipArchiveEntry> entries) throws IOException {
            for (ZipArchiveEntry entry : entries) {
                Path path = pathOf(entry);
                try {
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                        directories++;
                    } else {
                        Files.createDirectories(path.getParent());
                        copy(entry, path);
                        files++;
                    }
                } catch (FileAlreadyExistsException e) {
                    throw new UnsafeArchiveException("the archive entry '" + entry.getName() + "' clashes with"
                            + " another entry of the same name (a file and a folder, or names that differ only in"
                            + " case): zip the project again", e);
                }
            }
            return new Result(files, directories, total);
        }

        private Path pathOf(ZipArchiveEntry entry) {
            try {
                Path path = target.resolve(EntryNames.relative(entry.getName())).normalize();
                if (!path.startsWith(target)) {
                    throw new UnsafeArchiveException("the archive entry '" + entry.getName() + "' would be written"
                            + " outside the target folder: zip the project again from its own folder");
                }
                return path;
            } catch (InvalidPathException e) {
                throw new UnsafeArchiveException("the archive entry '" + entry.getName() + "' is not a valid file"
                        + " name on this server (" + e.getReason() + "): rename it and zip the project again", e);
            }
        }

        private void copy(ZipArchiveEntry entry, Path path) throws IOException {
            long written = 0;
            try (InputStream in = zip.getInputStream(entry);
                 OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW)) {
                for (int n = read(in, entry); n >= 0; n = read(in, entry)) {
                    written += n;
                    total += n;
                    checkLimits(entry, in, written);
                    out.write(buffer, 0, n);
                }
            }
        }

        private int read(InputStream in, ZipArchiveEntry entry) {
            try {
                return in.read(buffer);
            } catch (IOException | RuntimeException e) {
                throw new UnsafeArchiveException("the archive entry '" + entry.getName() + "' is damaged ("
                        + e.getMessage() + "): zip the project again", e);
            }
        }

        /** Checked before the bytes are written, so nothing beyond a limit reaches the disk. */
        private void checkLimits(ZipArchiveEntry entry, InputStream in, long written) {
            if (written > limits.maxEntryBytes()) {
                throw tooBig(entry, "unpacks to more than " + mib(limits.maxEntryBytes()) + ", the limit per file");
            }
            if (total > limits.maxTotalBytes()) {
                throw tooBig(entry, "takes the archive past " + mib(limits.maxTotalBytes())
                        + " unpacked, the limit in total");
            }
            long compressed = in instanceof InputStreamStatistics statistics
                    ? statistics.getCompressedCount() : entry.getCompressedSize();
            if (written > RATIO_FLOOR && written > (double) limits.maxRatio() * Math.max(compressed, 1)) {
                throw tooBig(entry, "unpacks more than " + limits.maxRatio() + " times its compressed size, the"
                        + " limit for the compression ratio (a \"zip bomb\")");
            }
        }

        private static UnsafeArchiveException tooBig(ZipArchiveEntry entry, String problem) {
            return new UnsafeArchiveException("the archive entry '" + entry.getName() + "' " + problem
                    + ": nothing was unpacked; leave large generated files (build output, data dumps) out of the zip,"
                    + " or copy the project to the server and choose its folder instead");
        }

        private static String mib(long bytes) {
            return bytes % MIB == 0 ? bytes / MIB + " MiB" : bytes + " bytes";
        }
    }
}
