package dev.cleave.web.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Crash-safe file replacement: after {@link #write} returns, the target holds the new bytes on disk; if the
 * process dies or the disk fails at any moment before, the target still holds its old bytes (or is still absent).
 * Never a truncated file.
 *
 * <p>How: the bytes go to a temporary file in the target's folder, which is forced to disk, atomically renamed
 * over the target, and then the folder itself is forced so that the rename survives a power cut. A process killed
 * mid-write leaves a hidden temporary file ({@code .<name>.<random>.tmp}); {@link #deleteLeftovers} removes them.
 */
public final class AtomicFiles {
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Replaces (or creates) {@code target} with {@code content}, atomically and durably.
     *
     * @throws IOException when the folder does not exist, the disk is full, or the file system cannot rename
     *                     atomically (the target is then unchanged and no temporary file is left)
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path temp = tempFile(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
        syncDirectory(folderOf(target));
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
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX) && Files.isRegularFile(file);
    }

    /** A new empty temporary file next to {@code target}, named so that {@link #isLeftover} recognises it. */
    static Path tempFile(Path target) throws IOException {
        return Files.createTempFile(folderOf(target), "." + target.getFileName() + ".", TEMP_SUFFIX);
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
