package dev.cleave.web.store;

import dev.cleave.model.AtomicFiles;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A writer that dies at any moment leaves plan.json whole: the old version or the new one, never a mix. */
class PlanStoreCrashTest {
    private static final Plan OLD = Plans.plan("billing", "com.x.Invoice", "com.x.Payment");
    private static final Plan NEW = Plans.move(OLD, "com.x.Payment", "payments");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "crash after {0}% of the history file")
    @ValueSource(ints = {0, 1, 50, 99})
    void aCrashWritingTheHistoryFileKeepsTheOldVersion(int percent) throws Exception {
        new PlanStore(dir).save(OLD, 0, "split");
        byte[] before = Files.readAllBytes(dir.resolve("plan.json"));
        PlanStore crashing = new PlanStore(dir, crashWriting(file -> file.getParent().endsWith("history"), percent));

        assertThatThrownBy(() -> crashing.save(NEW, 1, "move com.x.Payment to payments"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("simulated crash");

        assertThat(Files.readAllBytes(dir.resolve("plan.json"))).isEqualTo(before);
        assertThat(leftovers()).hasSize(1);
        PlanStore reopened = new PlanStore(dir);
        assertThat(reopened.current()).contains(new VersionedPlan(1, OLD, "split", false, false));
        assertThat(leftovers()).isEmpty();
        assertThat(reopened.save(NEW, 1, "move com.x.Payment to payments").version()).isEqualTo(2);
    }

    @ParameterizedTest(name = "crash after {0}% of plan.json")
    @ValueSource(ints = {0, 1, 50, 99})
    void aCrashWritingPlanJsonAfterTheHistoryFileIsRepairedOnOpen(int percent) throws Exception {
        new PlanStore(dir).save(OLD, 0, "split");
        byte[] before = Files.readAllBytes(dir.resolve("plan.json"));
        PlanStore crashing = new PlanStore(dir, crashWriting(file -> file.endsWith("plan.json"), percent));

        assertThatThrownBy(() -> crashing.save(NEW, 1, "move com.x.Payment to payments"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("version 2 was saved, but").hasMessageContaining("simulated crash");

        assertThat(Files.readAllBytes(dir.resolve("plan.json"))).isEqualTo(before);
        PlanStore reopened = new PlanStore(dir);
        assertThat(reopened.current()).contains(new VersionedPlan(2, NEW, "move com.x.Payment to payments", true,
                false));
        assertThat(Files.readString(dir.resolve("plan.json"))).isEqualTo(PlanJson.toJson(NEW));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aStoreThatCouldNotWritePlanJsonWritesItAgainOnTheNextCall() throws Exception {
        new PlanStore(dir).save(OLD, 0, "split");
        boolean[] fail = {true};
        PlanStore store = new PlanStore(dir, (target, content) -> {
            if (fail[0] && target.endsWith("plan.json")) {
                throw new IOException("disk full");
            }
            AtomicFiles.write(target, content);
        });
        assertThatThrownBy(() -> store.save(NEW, 1, "move com.x.Payment to payments"))
                .hasMessageContaining("disk full");
        fail[0] = false;

        assertThat(store.current().orElseThrow().version()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("plan.json"))).isEqualTo(PlanJson.toJson(NEW));
    }

    /**
     * Kills (SIGKILL) a process that saves large plans in a loop, nine times: after it printed a few versions,
     * and as soon as a temporary file shows that it is in the middle of writing a history file or plan.json.
     * After each kill plan.json is one whole saved version, and a new store continues from where it stopped.
     */
    @Test
    void killingASavingProcessNeverLeavesAPartialPlan() throws Exception {
        int classes = 4000;
        Random random = new Random(20240611);
        Path stderr = dir.resolveSibling("saver.err");
        long lastSeen = 0;
        Path stdout = dir.resolveSibling("saver.out");
        for (int kill = 0; kill < 9; kill++) {
            Process saver = ChildJvm.start(KillableSaver.class, stderr, stdout, dir.toString(),
                    String.valueOf(classes));
            try {
                int lines = 1 + random.nextInt(5);
                switch (kill % 3) {
                    case 0 -> waitUntil(saver, stderr, () -> printed(stdout).size() >= lines);
                    case 1 -> waitUntil(saver, stderr, () -> hasLeftover(dir.resolve("history")));
                    default -> waitUntil(saver, stderr, () -> hasLeftover(dir));
                }
            } finally {
                saver.destroyForcibly();
                saver.waitFor();
            }
            List<String> printed = printed(stdout);
            assertThat(printed).map(Long::parseLong).containsExactlyElementsOf(
                    LongStream.rangeClosed(lastSeen + 1, lastSeen + printed.size()).boxed().toList());
            lastSeen += printed.size();

            Plan onDisk = PlanJson.read(dir.resolve("plan.json"));
            long planVersion = Plans.versionOf(onDisk);
            assertThat(Files.readString(dir.resolve("plan.json")))
                    .isEqualTo(PlanJson.toJson(Plans.large(planVersion, classes)));
            assertThat(planVersion).isGreaterThanOrEqualTo(lastSeen);

            VersionedPlan reopened = new PlanStore(dir).current().orElseThrow();
            assertThat(reopened.version()).isBetween(planVersion, planVersion + 1);
            assertThat(reopened.plan()).isEqualTo(Plans.large(reopened.version(), classes));
            assertThat(Files.readString(dir.resolve("plan.json"))).isEqualTo(PlanJson.toJson(reopened.plan()));
            assertThat(leftovers()).isEmpty();
            lastSeen = reopened.version();
        }
        assertThat(new PlanStore(dir).history()).extracting(HistoryEntry::version)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, lastSeen).boxed().toList());
    }

    /** Complete lines the saver printed. */
    private static List<String> printed(Path stdout) throws IOException {
        String text = Files.readString(stdout, StandardCharsets.US_ASCII);
        return text.substring(0, text.lastIndexOf('\n') + 1).lines().toList();
    }

    /** Returns as soon as {@code condition} holds, polling without pause; fails if the saver dies first. */
    private static void waitUntil(Process saver, Path stderr, IoCondition condition) throws IOException {
        while (!condition.holds()) {
            assertThat(saver.isAlive()).as("saver died: %s", ChildJvm.stderrOf(stderr)).isTrue();
        }
    }

    @FunctionalInterface
    private interface IoCondition {
        boolean holds() throws IOException;
    }

    private static boolean hasLeftover(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".tmp"));
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Writes the files matching {@code crashOn} the way a process killed after {@code percent}% of the bytes
     * would: a partial temporary file, forced to disk and left behind, and the target untouched.
     */
    private static PlanStore.FileWrite crashWriting(Predicate<Path> crashOn, int percent) {
        return (target, content) -> {
            if (!crashOn.test(target)) {
                AtomicFiles.write(target, content);
                return;
            }
            Path temp = AtomicFiles.tempFile(target);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(content, 0, content.length * percent / 100));
                channel.force(true);
            }
            throw new IOException("simulated crash writing " + target);
        };
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(AtomicFiles::isLeftover).toList();
        }
    }
}
