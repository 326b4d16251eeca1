package dev.cleave.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Crash-safe file replacement, the one way every Cleave stage writes its files (graph.json, plan.json, reports,
 * the wizard's plans): after {@link #write} returns, the target holds the new bytes on disk; if the process dies or
 * the disk fails at any moment before, the target still holds its old bytes (or is still absent). Never a truncated
 * file.
 *
 * <p>How: the bytes go to a temporary file in the target's folder, which is forced to disk, atomically renamed
 * over the target, and then the folder itself is forced so that the rename survives a power cut. A process killed
 * mid-write leaves a hidden temporary file ({@code .<name>.<random>.tmp}); the next write of the same target, or
 * {@link #deleteLeftovers}, removes it. The new file gets the old one's permissions, or the defaults of the process
 * (its umask) for a new one.
 *
 * <p>Only regular files are replaced: a target that is a symbolic link, a folder, a pipe or a device is refused
 * ({@link IllegalArgumentException}) rather than replaced by a regular file.
 */
public final class AtomicFiles {
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Replaces (or creates) {@code target} with {@code content}, atomically and durably.
     *
     * @throws IllegalArgumentException when the target exists and is not a regular file (a symbolic link, a folder,
     *                                  a pipe, a device)
     * @throws IOException              when the folder does not exist, the disk is full, or the file system cannot
     *                                  rename atomically (the target is then unchanged and no temporary file is
     *                                  left)
     */
    public static void write(Path target, byte[] content) throws IOException {
        requireRegularTarget(target);
        deleteLeftoversOf(target);
        Path temp = tempFile(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepPermissions(target, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
        syncDirectory(folderOf(target));
    }

    /** @throws IllegalArgumentException when {@code target} exists and is not a regular file */
    public static void requireRegularTarget(Path target) {
        if (Files.isSymbolicLink(target)) {
            throw new IllegalArgumentException("output " + target + " is a symbolic link: Cleave replaces only"
                    + " regular files; give the file it points to, or another path");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("output " + target + " is not a regular file (a folder, a pipe or a"
                    + " device): give a file path" + (Files.isDirectory(target) ? " inside it" : "")
                    + ", or '-' for standard output where the command offers it");
        }
    }

    /**
     * Forces a folder's entries (renames, new files) to disk. File systems that cannot (Windows) are ignored:
     * there the rename is still atomic, only its durability across a power cut is up to the OS.
     */
    public static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported on this platform: nothing more we can do
        }
    }

    /** Deletes temporary files that {@link #write} left in {@code dir} when a process died mid-write. */
    public static void deleteLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, AtomicFiles::isLeftover)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Whether the file is a temporary file of {@link #write} (hidden, ending in {@code .tmp}). */
    public static boolean isLeftover(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** The temporary files an earlier, killed write of this very target left beside it. */
    private static void deleteLeftoversOf(Path target) throws IOException {
        Path dir = folderOf(target);
        if (!Files.isDirectory(dir)) {
            return;
        }
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> isLeftover(f)
                && f.getFileName().toString().startsWith(prefix)
                && f.getFileName().toString().substring(prefix.length()).matches("\\d+\\.tmp"))) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * A new empty temporary file next to {@code target}, named so that {@link #isLeftover} recognises it, created
     * with the process's default permissions (a temporary file of the JDK would be private to the user).
     */
    public static Path tempFile(Path target) throws IOException {
        Path dir = folderOf(target);
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
                Files.setPosixFilePermissions(temp, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the defaults stay
        }
    }

    private static Path folderOf(Path target) {
        return target.toAbsolutePath().getParent();
    }

    private static void deleteQuietly(Path temp, Throwable failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
