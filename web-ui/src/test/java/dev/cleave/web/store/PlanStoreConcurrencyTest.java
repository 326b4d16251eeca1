package dev.cleave.web.store;

import dev.cleave.model.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Two writers saving from the same version: one wins, the other is told, and no update is lost. */
class PlanStoreConcurrencyTest {
    private static final int ROUNDS = 200;

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoThreadsOnOneStoreNeverLoseAnUpdate() throws Exception {
        PlanStore store = new PlanStore(dir);

        race(store, store);
    }

    @Test
    void twoStoresOnOneFolderShareTheLockEvenThroughASymlink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolveSibling(dir.getFileName() + "-link"), dir);
        try {
            race(new PlanStore(dir), new PlanStore(link));
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void twoProcessesEditingTogetherNeverLoseAnUpdate() throws Exception {
        new PlanStore(dir).save(Plan.of(List.of(), List.of()), 0, "start");
        Process alpha = ChildJvm.start(CompetingEditor.class, dir.resolveSibling("alpha.err"), dir.toString(), "alpha",
                "100");
        Process beta = ChildJvm.start(CompetingEditor.class, dir.resolveSibling("beta.err"), dir.toString(), "beta",
                "100");
        try {
            assertThat(alpha.waitFor()).as(ChildJvm.stderrOf(dir.resolveSibling("alpha.err"))).isZero();
            assertThat(beta.waitFor()).as(ChildJvm.stderrOf(dir.resolveSibling("beta.err"))).isZero();
        } finally {
            alpha.destroyForcibly();
            beta.destroyForcibly();
        }

        PlanStore store = new PlanStore(dir);
        VersionedPlan last = store.current().orElseThrow();
        assertThat(last.version()).isEqualTo(201);
        assertThat(last.plan().service("alpha").classes()).containsExactlyInAnyOrderElementsOf(classes("alpha", 100));
        assertThat(last.plan().service("beta").classes()).containsExactlyInAnyOrderElementsOf(classes("beta", 100));
        assertThat(store.history()).extracting(HistoryEntry::version)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 201).boxed().toList());
    }

    /** {@link #ROUNDS} rounds in which both stores save from the same version at the same moment. */
    private void race(PlanStore a, PlanStore b) throws Exception {
        a.save(Plan.of(List.of(), List.of()), 0, "start");
        for (int round = 0; round < ROUNDS; round++) {
            VersionedPlan base = a.current().orElseThrow();
            String alphaClass = "com.alpha.Class" + round;
            String betaClass = "com.beta.Class" + round;
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Boolean> alpha = threads.submit(() -> addClass(a, base, alphaClass, "alpha", start));
            Future<Boolean> beta = threads.submit(() -> addClass(b, base, betaClass, "beta", start));

            assertThat(List.of(alpha.get(), beta.get())).as("round %d: who won the first save", round)
                    .containsExactlyInAnyOrder(true, false);
            assertThat(a.current().orElseThrow().version()).isEqualTo(base.version() + 2);
        }
        Plan last = b.current().orElseThrow().plan();
        assertThat(last.service("alpha").classes()).containsExactlyInAnyOrderElementsOf(classes("alpha", ROUNDS));
        assertThat(last.service("beta").classes()).containsExactlyInAnyOrderElementsOf(classes("beta", ROUNDS));
        assertThat(a.history()).hasSize(1 + 2 * ROUNDS);
    }

    /**
     * Saves "add class" made from {@code base} once both threads are ready; when that is stale, reloads and
     * applies the edit again, as the wizard's user would. Returns whether the first attempt won.
     */
    private static boolean addClass(PlanStore store, VersionedPlan base, String className, String service,
                                    CyclicBarrier start) throws Exception {
        Plan edited = Plans.move(base.plan(), className, service);
        start.await();
        try {
            store.save(edited, base.version(), "add " + className);
            return true;
        } catch (StalePlanException e) {
            assertThat(e.expectedVersion()).isEqualTo(base.version());
            assertThat(e.currentVersion()).isEqualTo(base.version() + 1);
            VersionedPlan reloaded = store.current().orElseThrow();
            store.save(Plans.move(reloaded.plan(), className, service), reloaded.version(), "add " + className);
            return false;
        }
    }

    private static List<String> classes(String service, int count) {
        return IntStream.range(0, count).mapToObj(i -> "com." + service + ".Class" + i)
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }
}
