package dev.cleave.web.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock of one project folder: a {@link ReentrantLock} shared by every {@link PlanStore} of this JVM on that
 * folder (found by its real path), then an exclusive {@link FileLock} on {@code <projectDir>/.lock} against
 * other processes (another wizard, a CLI). The JVM lock comes first because a file lock is held per process: two
 * threads of one JVM cannot exclude each other with it.
 *
 * <p>The map keeps one small lock per project folder opened since start; the wizard opens a handful.
 */
final class ProjectLock {
    private static final ConcurrentMap<Path, ReentrantLock> THREADS = new ConcurrentHashMap<>();

    /** Work done under the lock; I/O failures become {@link UncheckedIOException}. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E, IOException;
    }

    private final ReentrantLock threads;
    private final Path lockFile;

    /** @param realDir the project folder's real path ({@link Path#toRealPath}) */
    ProjectLock(Path realDir) {
        this.threads = THREADS.computeIfAbsent(realDir, dir -> new ReentrantLock());
        this.lockFile = realDir.resolve(".lock");
    }

    /** Runs {@code work} holding both locks; blocks while another thread or process holds them. */
    @SuppressWarnings("try") // the file lock is held by the try block, not read in it
    <T, E extends Exception> T call(Work<T, E> work) throws E {
        threads.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        } finally {
            threads.unlock();
        }
    }
}
