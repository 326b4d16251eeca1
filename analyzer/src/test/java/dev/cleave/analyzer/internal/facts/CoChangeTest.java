package dev.cleave.analyzer.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoChangeTest {
    private static final Map<String, Set<String>> TYPES = Map.of(
            "src/p/A.java", Set.of("p.A"),
            "src/p/B.java", Set.of("p.B", "p.BHelper"),
            "src/p/C.java", Set.of("p.C"));

    @TempDir
    Path repo;
    private final List<Problem> problems = new ArrayList<>();
    private int clock;

    /** History, oldest first: {A,B,C}, {A,B}, {A,B,C}, {C}, {B,C}; plus README-only and 51-file commits. */
    @BeforeEach
    void history() throws IOException, GitAPIException {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, "src/p/A.java", "src/p/B.java", "src/p/C.java");
            commit(git, "src/p/A.java", "src/p/B.java");
            commit(git, "src/p/A.java", "src/p/B.java", "src/p/C.java", "README.md");
            commit(git, "src/p/C.java");
            commit(git, "src/p/B.java", "src/p/C.java");
        }
    }

    @Test
    void pairsChangedInAtLeastTwoCommitsBecomeEdgesWeightedByCommits() {
        List<Edge> edges = CoChange.edges(repo, 100, TYPES, problems::add);

        assertThat(edges).containsExactly(
                new Edge("p.A", "p.B", EdgeKind.CO_CHANGE, 3),
                new Edge("p.A", "p.BHelper", EdgeKind.CO_CHANGE, 3),
                new Edge("p.A", "p.C", EdgeKind.CO_CHANGE, 2),
                new Edge("p.B", "p.C", EdgeKind.CO_CHANGE, 3),
                new Edge("p.BHelper", "p.C", EdgeKind.CO_CHANGE, 3));
        assertThat(problems).isEmpty();
    }

    @Test
    void onlyTheLatestCommitsAreRead() {
        assertThat(CoChange.edges(repo, 3, TYPES, problems::add))
                .containsExactly(new Edge("p.B", "p.C", EdgeKind.CO_CHANGE, 2),
                        new Edge("p.BHelper", "p.C", EdgeKind.CO_CHANGE, 2));
        assertThat(CoChange.edges(repo, 2, TYPES, problems::add)).isEmpty();
        assertThat(CoChange.edges(repo, 0, TYPES, problems::add)).isEmpty();
    }

    @Test
    void hugeCommitsSayNothing() throws IOException, GitAPIException {
        try (Git git = Git.open(repo.toFile())) {
            List<String> many = new ArrayList<>(List.of("src/p/A.java", "src/p/C.java"));
            for (int i = 0; i < 49; i++) {
                many.add("gen/F" + i + ".txt");
            }
            commit(git, many.toArray(String[]::new));
        }
        assertThat(CoChange.edges(repo, 100, TYPES, problems::add))
                .contains(new Edge("p.A", "p.C", EdgeKind.CO_CHANGE, 2));
    }

    @Test
    void aProjectInsideTheRepositoryUsesPathsRelativeToItself() {
        Path project = repo.resolve("src");
        Map<String, Set<String>> types = Map.of("p/A.java", Set.of("p.A"), "p/C.java", Set.of("p.C"));

        assertThat(CoChange.edges(project, 100, types, problems::add))
                .containsExactly(new Edge("p.A", "p.C", EdgeKind.CO_CHANGE, 2));
    }

    @Test
    void aFolderOutsideAnyRepositoryGivesNoEdges(@TempDir Path plain) {
        assertThat(CoChange.edges(plain, 100, TYPES, problems::add)).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void aBrokenRepositoryIsReportedNotThrown() throws IOException {
        Files.writeString(repo.resolve(".git/refs/heads/main"), "0123456789abcdef0123456789abcdef01234567\n");

        assertThat(CoChange.edges(repo, 100, TYPES, problems::add)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(".git");
            assertThat(p.reason()).startsWith("cannot read the git history, co-change edges are left out: ");
        });
    }

    private void commit(Git git, String... files) throws IOException, GitAPIException {
        for (String file : files) {
            Path path = repo.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "change " + clock + "\n");
            git.add().addFilepattern(file).call();
        }
        PersonIdent who = new PersonIdent("Dev", "dev@example.com",
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * clock++), ZoneOffset.UTC);
        git.commit().setMessage("commit " + clock).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
