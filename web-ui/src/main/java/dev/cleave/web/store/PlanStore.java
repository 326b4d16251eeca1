package dev.cleave.web.store;

import dev.cleave.model.AtomicFiles;
import dev.cleave.model.ModelFormatException;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.web.store.HistoryEntry.Kind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan of one wizard project, versioned and crash-safe, in a folder:
 * <ul>
 *   <li>{@code plan.json}: the current plan, byte for byte what {@link PlanJson} writes, so the CLI and the CI
 *       gate read the same file;</li>
 *   <li>{@code history/000001.json}...: one file per version (see {@link HistoryFiles}), never rewritten.</li>
 * </ul>
 * Every save, undo and redo makes a new version; nothing is overwritten. Undo saves the plan from before the
 * latest edit not yet undone, redo saves it again, and a new edit after undos forgets what could be redone. A
 * change made from a version that is no longer current is refused with {@link StalePlanException} and writes
 * nothing, so an update is never lost.
 *
 * <p><b>Crash safety.</b> Files are replaced with {@link AtomicFiles}: history file first (the commit point),
 * then plan.json. When a store is opened, and whenever plan.json no longer looks as this store left it, the
 * folder is reconciled under the lock: temporary files of a killed writer are deleted; a missing plan.json, or
 * one still holding the previous version (a crash between the two writes), is written again from history; a
 * plan.json without history (copied in from the CLI) becomes version 1, "imported plan.json"; a plan.json
 * changed outside the wizard becomes a new, undoable version rather than being overwritten.
 *
 * <p><b>Threads and processes.</b> All methods are thread-safe. Every call holds the project lock: one lock per
 * project folder in this JVM, shared by all stores on that folder, and a file lock on {@code .lock} against
 * other processes.
 *
 * <p>Failures: {@link UncheckedIOException} when the disk fails (the current version is then unchanged, unless
 * the message says it was saved); {@link UnreadableProjectException} when plan.json or the history cannot be
 * read (the files are left in place and the message names the fix).
 */
public final class PlanStore {
    static final String PLAN_FILE = "plan.json";
    static final String IMPORTED = "imported plan.json";
    static final String CHANGED_OUTSIDE = "plan.json changed outside the wizard";

    /** How files are written: {@link AtomicFiles#write} except in tests that simulate a crash. */
    @FunctionalInterface
    interface FileWrite {
        void write(Path target, byte[] content) throws IOException;
    }

    private final Path dir;
    private final Path planFile;
    private final HistoryFiles history;
    private final ProjectLock lock;
    private final FileWrite files;

    // guarded by lock
    private final UndoStacks stacks = new UndoStacks();
    private Plan currentPlan;
    private Object planFileStamp;

    /**
     * Opens the project in {@code projectDir} (created when missing) and reconciles it after a crash.
     *
     * @throws UnreadableProjectException when plan.json or the history is damaged
     * @throws UncheckedIOException       when the folder cannot be created or read
     */
    public PlanStore(Path projectDir) {
        this(projectDir, AtomicFiles::write);
    }

    PlanStore(Path projectDir, FileWrite files) {
        this.dir = realFolder(projectDir);
        this.planFile = dir.resolve(PLAN_FILE);
        this.history = new HistoryFiles(dir.resolve("history"));
        this.lock = new ProjectLock(dir);
        this.files = files;
        lock.call(() -> {
            AtomicFiles.deleteLeftovers(dir);
            AtomicFiles.deleteLeftovers(history.dir());
            history.checkContiguous();
            sync();
            return null;
        });
    }

    /** The project folder (its real path). */
    public Path projectDir() {
        return dir;
    }

    /** The current version, or empty when nothing was ever saved. */
    public Optional<VersionedPlan> current() {
        return lock.call(() -> {
            sync();
            return stacks.latest() == 0 ? Optional.empty() : Optional.of(versioned());
        });
    }

    /**
     * Saves {@code plan} as a new version.
     *
     * @param expectedVersion the version the change was made from ({@link VersionedPlan#version()}); 0 for the
     *                        first save of a project
     * @param action          what the user did, shown in the history and in undo labels, e.g. "move
     *                        com.x.Foo to billing"
     * @throws StalePlanException when {@code expectedVersion} is not the current version; nothing is written
     */
    public VersionedPlan save(Plan plan, long expectedVersion, String action) throws StalePlanException {
        Objects.requireNonNull(plan, "plan");
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("action must say what changed, e.g. \"move com.x.Foo to billing\"");
        }
        return lock.call(() -> {
            sync();
            requireCurrent(expectedVersion, "edit");
            return commit(plan, Kind.EDIT, action.strip());
        });
    }

    /**
     * Takes back the latest edit not yet undone: saves, as a new version, the plan from before that edit.
     *
     * @throws StalePlanException    when {@code expectedVersion} is not the current version; nothing is written
     * @throws IllegalStateException "nothing to undo" when {@link VersionedPlan#canUndo()} is false
     */
    public VersionedPlan undo(long expectedVersion) throws StalePlanException {
        return lock.call(() -> {
            sync();
            requireCurrent(expectedVersion, "undo");
            UndoStacks.Step step = stacks.nextUndo().orElseThrow(() -> new IllegalStateException("nothing to undo"));
            return commit(history.readPlan(step.version()), Kind.UNDO, "undo " + step.action());
        });
    }

    /**
     * Re-applies the latest undone edit: saves its plan again as a new version.
     *
     * @throws StalePlanException    when {@code expectedVersion} is not the current version; nothing is written
     * @throws IllegalStateException "nothing to redo" when {@link VersionedPlan#canRedo()} is false
     */
    public VersionedPlan redo(long expectedVersion) throws StalePlanException {
        return lock.call(() -> {
            sync();
            requireCurrent(expectedVersion, "redo");
            UndoStacks.Step step = stacks.nextRedo().orElseThrow(() -> new IllegalStateException("nothing to redo"));
            return commit(history.readPlan(step.version()), Kind.REDO, "redo " + step.action());
        });
    }

    /** Every version, oldest first. */
    public List<HistoryEntry> history() {
        return lock.call(() -> {
            sync();
            return stacks.entries();
        });
    }

    /**
     * The plan of one saved version.
     *
     * @throws IllegalArgumentException when there is no such version
     */
    public Plan plan(long version) {
        return lock.call(() -> {
            sync();
            if (version < 1 || version > stacks.latest()) {
                throw new IllegalArgumentException("there is no version " + version + " of this plan (latest: "
                        + stacks.latest() + ")");
            }
            return version == stacks.latest() ? currentPlan : history.readPlan(version);
        });
    }

    private void requireCurrent(long expectedVersion, String what) throws StalePlanException {
        if (expectedVersion != stacks.latest()) {
            throw new StalePlanException(expectedVersion, stacks.latest(), what);
        }
    }

    private VersionedPlan versioned() {
        return new VersionedPlan(stacks.latest(), currentPlan, stacks.latestEntry().action(),
                stacks.nextUndo().isPresent(), stacks.nextRedo().isPresent());
    }

    /** Writes the history file (the commit point), then plan.json. */
    private VersionedPlan commit(Plan plan, Kind kind, String action) throws IOException {
        HistoryEntry entry = new HistoryEntry(stacks.latest() + 1, action, kind, stacks.latest());
        byte[] planJson = bytes(plan);
        if (Files.notExists(history.dir())) {
            Files.createDirectories(history.dir());
            AtomicFiles.syncDirectory(dir);
        }
        files.write(history.file(entry.version()), HistoryFiles.encode(entry, planJson));
        stacks.apply(entry);
        currentPlan = plan;
        try {
            writePlanFile(planJson);
        } catch (IOException e) {
            throw new UncheckedIOException("version " + entry.version() + " was saved, but " + planFile
                    + " could not be updated (" + e.getMessage() + "); it will be written again on the next"
                    + " change or when the project is opened", e);
        }
        return versioned();
    }

    /** Catches up with versions saved by other stores, then checks plan.json if it changed since last seen. */
    private void sync() throws IOException {
        boolean behind = false;
        while (history.exists(stacks.latest() + 1)) {
            long version = stacks.latest() + 1;
            try {
                stacks.apply(history.readEntry(version));
            } catch (IllegalArgumentException e) {
                throw history.damaged(history.file(version), e.getMessage(), e);
            }
            behind = true;
        }
        if (behind) {
            currentPlan = history.readPlan(stacks.latest());
            planFileStamp = null;
        }
        if (planFileStamp == null || !planFileStamp.equals(stamp())) {
            reconcilePlanFile();
        }
    }

    /** Makes plan.json agree with the history; see the class comment for the cases. */
    private void reconcilePlanFile() throws IOException {
        byte[] onDisk = readPlanFile();
        if (stacks.latest() == 0) {
            if (onDisk != null) {
                commit(parse(onDisk, "fix the file, or move it away to start the project from scratch"),
                        Kind.EDIT, IMPORTED);
            }
            return;
        }
        byte[] expected = bytes(currentPlan);
        if (onDisk != null && Arrays.equals(onDisk, expected)) {
            planFileStamp = stamp();
        } else if (onDisk == null || isPreviousVersion(onDisk)) {
            writePlanFile(expected);
        } else {
            Plan outside = parse(onDisk, "fix the file, or delete it to get version " + stacks.latest()
                    + " back from the history");
            if (outside.equals(currentPlan)) {
                writePlanFile(expected);
            } else {
                commit(outside, Kind.EDIT, CHANGED_OUTSIDE);
            }
        }
    }

    /** Whether plan.json holds the version before the latest: a crash came between the two writes of a save. */
    private boolean isPreviousVersion(byte[] onDisk) {
        return stacks.latest() > 1 && Arrays.equals(onDisk, bytes(history.readPlan(stacks.latest() - 1)));
    }

    private Plan parse(byte[] planJson, String fix) {
        try {
            return PlanJson.fromJson(new String(planJson, StandardCharsets.UTF_8), planFile.toString());
        } catch (ModelFormatException e) {
            throw new UnreadableProjectException(planFile, e.getMessage() + " The wizard cannot open "
                    + planFile + " and left it as it is: " + fix + ".", e);
        }
    }

    private byte[] readPlanFile() throws IOException {
        try {
            return Files.readAllBytes(planFile);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private void writePlanFile(byte[] planJson) throws IOException {
        planFileStamp = null;
        files.write(planFile, planJson);
        planFileStamp = stamp();
    }

    /** What identifies plan.json's content cheaply: file key, size and modification time; null when absent. */
    private Object stamp() throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(planFile, BasicFileAttributes.class);
            return List.of(String.valueOf(attributes.fileKey()), attributes.size(), attributes.lastModifiedTime());
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static byte[] bytes(Plan plan) {
        return PlanJson.toJson(plan).getBytes(StandardCharsets.UTF_8);
    }

    private static Path realFolder(Path projectDir) {
        try {
            return Files.createDirectories(projectDir).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the project folder " + projectDir + ": " + e.getMessage(), e);
        }
    }
}
