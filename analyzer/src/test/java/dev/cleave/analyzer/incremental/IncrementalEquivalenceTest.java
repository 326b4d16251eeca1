package dev.cleave.analyzer.incremental;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise of the incremental analysis: after any sequence of edits, the graph.json of an analysis with the cache
 * is byte for byte the graph.json of a full analysis; and it does only the work the edits call for.
 */
class IncrementalEquivalenceTest {
    private static final int EDITS = 7;

    @ParameterizedTest(name = "spring-shop, seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void randomEditsOfASampleGiveTheGraphOfAFullAnalysis(long seed, @TempDir Path dir) throws IOException {
        Path project = Runs.copy(Runs.sample("spring-shop"), dir.resolve("shop"));
        editAndCompare(project, dir, seed);
    }

    @ParameterizedTest(name = "generated monolith, seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void randomEditsOfAGeneratedMonolithGiveTheGraphOfAFullAnalysis(long seed, @TempDir Path dir) throws IOException {
        Path project = Monolith.write(dir.resolve("gen"), 12, seed);
        editAndCompare(project, dir, seed);
    }

    private static void editAndCompare(Path project, Path dir, long seed) throws IOException {
        Path cache = dir.resolve("cache");
        Path jar = libraryJar(dir.resolve("lib.jar"));
        List<Path> classpath = new ArrayList<>();
        Edits edits = new Edits(project, seed);
        Random random = new Random(seed);
        Runs.Result first = Runs.cached(project, classpath, cache);
        assertThat(first.cache().rebuilt()).isEqualTo("no cache yet");
        assertThat(first.json()).isEqualTo(Runs.full(project, classpath));
        List<String> done = new ArrayList<>();
        for (int step = 0; step < EDITS; step++) {
            boolean classpathChange = random.nextInt(6) == 0;
            if (classpathChange) {
                if (classpath.isEmpty()) {
                    classpath.add(jar);
                } else {
                    classpath.clear();
                }
                done.add("classpath now " + classpath);
            } else {
                done.add(edits.any());
            }
            Runs.Result incremental = Runs.cached(project, classpath, cache);
            assertThat(incremental.json()).as("after %s", done).isEqualTo(Runs.full(project, classpath));
            if (classpathChange) {
                assertThat(incremental.cache().rebuilt()).isEqualTo("classpath changed");
            } else {
                assertThat(incremental.cache().rebuilt()).as("after %s", done).isNull();
                assertThat(incremental.cache().reused()).isPositive();
            }
        }
    }

    @Test
    void anUnchangedProjectIsNeitherParsedNorResolvedAgain(@TempDir Path dir) {
        Path project = Runs.copy(Runs.sample("servlet-library"), dir.resolve("lib"));
        Runs.Result first = Runs.cached(project, List.of(), dir.resolve("cache"));
        Runs.Result again = Runs.cached(project, List.of(), dir.resolve("cache"));
        assertThat(first.cache().parsed()).isEqualTo(first.cache().files()).isPositive();
        assertThat(again.cache().parsed()).isZero();
        assertThat(again.cache().resolved()).isZero();
        assertThat(again.cache().reused()).isEqualTo(again.cache().files());
        assertThat(again.cache().rebuilt()).isNull();
        assertThat(again.json()).isEqualTo(first.json());
    }

    @Test
    void aMethodBodyChangeParsesAndResolvesOnlyItsFile(@TempDir Path dir) {
        Path project = Monolith.write(dir.resolve("gen"), 8, 5);
        Runs.cached(project, List.of(), dir.resolve("cache"));
        Path service = project.resolve("src/main/java/gen/m3/Service3.java");
        Edits.write(service, Edits.read(service).replace("repo.save(load(id));", "repo.save(load(id + 1));"));
        Runs.Result after = Runs.cached(project, List.of(), dir.resolve("cache"));
        assertThat(after.cache().parsed()).isEqualTo(1);
        assertThat(after.cache().resolved()).isEqualTo(1);
        assertThat(after.cache().reused()).isEqualTo(after.cache().files() - 1);
        assertThat(after.json()).isEqualTo(Runs.full(project, List.of()));
    }

    @Test
    void aSignatureChangeResolvesItsUsersAgainAndNoOthers(@TempDir Path dir) {
        Path project = Monolith.write(dir.resolve("gen"), 8, 5);
        Runs.cached(project, List.of(), dir.resolve("cache"));
        Path repo = project.resolve("src/main/java/gen/m3/Repo3.java");
        Edits.write(repo, Edits.read(repo).replace("void save(Item3 item);", "void save(Item3 item, boolean now);"));
        Runs.Result after = Runs.cached(project, List.of(), dir.resolve("cache"));
        assertThat(after.cache().parsed()).as("Repo3 and Service3, which calls save").isEqualTo(2);
        assertThat(after.cache().resolved()).isLessThan(after.cache().files() / 2);
        assertThat(after.json()).isEqualTo(Runs.full(project, List.of()));
    }

    @Test
    void aTypeAddedWhereAnOnDemandImportFoundAnotherOneIsSeen(@TempDir Path dir) {
        Path project = Monolith.write(dir.resolve("gen"), 4, 7);
        Runs.cached(project, List.of(), dir.resolve("cache"));
        Edits.write(project.resolve("src/main/java/gen/m1/Status.java"),
                "package gen.m1;\npublic class Status { public boolean open() { return false; } }\n");
        Runs.Result after = Runs.cached(project, List.of(), dir.resolve("cache"));
        assertThat(after.json()).isEqualTo(Runs.full(project, List.of())).contains("\"gen.m1.Status\"");
        assertThat(after.cache().resolved()).as("the new file and Item1, which now sees gen.m1.Status")
                .isGreaterThanOrEqualTo(2);
    }

    /** A jar with one class file that shadows nothing but adds a package (and so changes the environment). */
    private static Path libraryJar(Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             InputStream in = IncrementalEquivalenceTest.class.getResourceAsStream("Runs.class")) {
            out.putNextEntry(new JarEntry("dev/cleave/analyzer/incremental/Runs.class"));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
