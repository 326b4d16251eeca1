package dev.cleave.analyzer.incremental;

import dev.cleave.analyzer.CacheReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A damaged cache is never trusted: whatever happened to it (truncated, corrupted, an older format, garbage, a
 * folder where an entry should be, a run killed while writing, two runs at once), the graph is the graph of a full
 * analysis, the damage is reported, and the cache is whole again after the run.
 */
class CacheFaultsTest {
    @TempDir
    Path dir;
    private Path project;
    private Path cache;
    private String full;

    @BeforeEach
    void warmCache() {
        project = Monolith.write(dir.resolve("gen"), 6, 3);
        cache = dir.resolve("cache");
        full = Runs.full(project, List.of());
        Runs.Result first = Runs.cached(project, List.of(), cache);
        assertThat(first.json()).isEqualTo(full);
    }

    @Test
    void aTruncatedEntryIsIgnoredAndItsFileAnalyzedAgain() throws IOException {
        Path entry = entries().get(3);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CacheReport report = againEqualsFull();
        assertThat(report.ignored()).isEqualTo(1);
        assertThat(report.parsed()).isEqualTo(1);
        assertThat(report.summary()).contains("1 damaged or outdated entries ignored");
        assertThat(againEqualsFull().ignored()).as("rewritten whole").isZero();
    }

    @Test
    void anEntryWithCorruptedBytesIsIgnored() throws IOException {
        Path entry = entries().get(5);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(entry, bytes);
        CacheReport report = againEqualsFull();
        assertThat(report.ignored()).isEqualTo(1);
        assertThat(report.parsed()).isEqualTo(1);
    }

    @Test
    void anEntryOfAnOlderFormatIsIgnored() throws IOException {
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        ByteBuffer.wrap(bytes).putInt(4, 0);
        Files.write(entry, bytes);
        assertThat(againEqualsFull().ignored()).isEqualTo(1);
    }

    @Test
    void aCacheOfAnOlderFormatIsRebuiltAndSaysSo() throws IOException {
        Path env = cache.resolve("environment");
        Files.writeString(env, Files.readString(env).replaceFirst("format=\\d+", "format=0"));
        CacheReport report = againEqualsFull();
        assertThat(report.rebuilt()).isEqualTo("cache of another format");
        assertThat(report.summary()).contains("cache rebuilt: cache of another format");
        assertThat(report.reused()).isZero();
        assertThat(againEqualsFull().reused()).isEqualTo(report.files());
    }

    @Test
    void otherOptionsRebuildTheCache() {
        Runs.Result withTests = Runs.cached(Runs.options(project, List.of()).withIncludeTests(true).withCache(cache));
        assertThat(withTests.cache().rebuilt()).isEqualTo("analyzer options changed");
    }

    @Test
    void garbageInTheCacheIsIgnoredAndCleanedAway() throws IOException {
        Files.writeString(cache.resolve("files").resolve("not-an-entry"), "garbage");
        Files.write(cache.resolve("files").resolve("0000"), new byte[]{1, 2, 3});
        Files.createDirectories(cache.resolve("files").resolve("a-folder").resolve("deeper"));
        Files.writeString(cache.resolve("stray.txt"), "left alone");
        CacheReport report = againEqualsFull();
        assertThat(report.reused()).isEqualTo(report.files());
        assertThat(entries()).hasSize(report.files());
    }

    @Test
    void anEntryThatIsAFolderIsIgnoredAndReplaced() throws IOException {
        Path entry = entries().get(2);
        Files.delete(entry);
        Files.createDirectories(entry.resolve("inside"));
        Files.writeString(entry.resolve("inside").resolve("x"), "x");
        CacheReport report = againEqualsFull();
        assertThat(report.ignored()).isEqualTo(1);
        assertThat(Files.isRegularFile(entry)).isTrue();
    }

    @Test
    void aRunKilledMidWriteLeavesATemporaryFileThatIsNeverRead() throws IOException {
        Path entry = entries().get(1);
        byte[] bytes = Files.readAllBytes(entry);
        Path temp = entry.resolveSibling(entry.getFileName() + ".999-1-dead.tmp");
        Files.write(temp, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        CacheReport report = againEqualsFull();
        assertThat(report.ignored()).isEqualTo(1);
        assertThat(temp).doesNotExist();
    }

    @Test
    void aCacheFolderThatIsAFileOnlyCostsTime() throws IOException {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        Runs.Result r = Runs.cached(project, List.of(), file);
        assertThat(r.json()).isEqualTo(full);
        assertThat(r.cache().trouble()).contains("cache not used");
    }

    @Test
    void twoAnalysesAtOnceBothGiveTheFullGraph() throws Exception {
        Path service = project.resolve("src/main/java/gen/m2/Service2.java");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                Edits.write(service, Edits.read(service) + "\n// round " + round + "\n");
                if (round == 2) {
                    Path repo = project.resolve("src/main/java/gen/m1/Repo1.java");
                    Edits.write(repo, Edits.read(repo).replace("void save(", "void store("));
                }
                String expected = Runs.full(project, List.of());
                Callable<String> run = () -> Runs.cached(project, List.of(), cache).json();
                List<Future<String>> both = List.of(pool.submit(run), pool.submit(run));
                for (Future<String> f : both) {
                    assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(againEqualsFull().reused()).isPositive();
    }

    @Test
    void aJvmKilledWhileWritingTheCacheLeavesACacheThatGivesTheFullGraph() throws Exception {
        Path touched = project.resolve("src/main/java/gen/common/Base.java");
        String original = Files.readString(touched);
        for (int kill = 0; kill < 3; kill++) {
            Files.writeString(touched, original);
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CacheWriter.class.getName(), project.toString(),
                    cache.toString(), touched.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("done 0");
                // meanwhile this JVM analyzes the same project with the same cache: two processes at once
                Runs.cached(project, List.of(), cache);
                // kill it in a later run each time (run 1, 2, 3), while that run rewrites entries
                for (int done = 1; done <= kill; done++) {
                    assertThat(out.readLine()).isEqualTo("done " + done);
                }
                writer.destroyForcibly();
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            String expected = Runs.full(project, List.of());
            assertThat(Runs.cached(project, List.of(), cache).json()).isEqualTo(expected);
        }
        Files.writeString(touched, original);
        assertThat(Runs.cached(project, List.of(), cache).json()).isEqualTo(Runs.full(project, List.of()));
    }

    @Test
    void entriesOfARunKilledBeforeItsManifestAreCheckedNotTrusted() throws IOException {
        Path manifest = cache.resolve("manifest");
        byte[] before = Files.readAllBytes(manifest);
        Path repo = project.resolve("src/main/java/gen/m1/Repo1.java");
        String original = Edits.read(repo);
        Edits.write(repo, original.replace("Item1 find(Long id);", "Item1 find(String id);"));
        assertThat(Runs.cached(project, List.of(), cache).json()).isEqualTo(Runs.full(project, List.of()));
        Files.write(manifest, before);
        Edits.write(repo, original);
        CacheReport report = againEqualsFull();
        assertThat(report.resolved()).as("the users of Repo1 written under the other index").isPositive();
    }

    private CacheReport againEqualsFull() {
        Runs.Result r = Runs.cached(project, List.of(), cache);
        assertThat(r.json()).isEqualTo(Runs.full(project, List.of()));
        return r.cache();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> all = Files.list(cache.resolve("files"))) {
            return new ArrayList<>(all.sorted().toList());
        }
    }
}
