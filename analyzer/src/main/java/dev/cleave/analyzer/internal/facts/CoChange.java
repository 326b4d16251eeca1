package dev.cleave.analyzer.internal.facts;

import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Logical coupling from version history (Gall et al., "Detection of logical coupling based on product release
 * history", ICSM 1998): two types whose files change in the same commits belong together. Reads the commits
 * reachable from HEAD, newest first, merge commits left out (their changes are in the merged commits); each
 * commit is compared with its first parent. Cost O(commits × changed files²), huge commits skipped.
 */
public final class CoChange {
    /** Commits changing more files than this are mass edits (reformatting, renames) and say nothing. */
    static final int MAX_FILES_PER_COMMIT = 50;
    /** Pairs of files changed together fewer times than this are noise. */
    static final int MIN_COMMITS = 2;

    private CoChange() {
    }

    /**
     * CO_CHANGE edges from the last maxCommits commits of the git repository containing root (JGit; none if
     * maxCommits == 0 or no repository; a broken repository → Problem, no exception). typesByFile: file path
     * relative to root ('/' separators) → FQNs of the top-level types in it. Weight = commits changing both
     * files; commits of more than 50 files and pairs seen in fewer than 2 commits are skipped. Edges go from the
     * smaller id to the larger, sorted; the same history always gives the same edges.
     */
    public static List<Edge> edges(Path root, int maxCommits, Map<String, Set<String>> typesByFile,
                                   Consumer<Problem> problems) {
        return read(root, maxCommits, typesByFile, problems).edges();
    }

    /**
     * What {@link #edges} computes, with the number of commits actually read (fewer than maxCommits when the
     * history is shorter; 0 without a repository).
     */
    public static History read(Path root, int maxCommits, Map<String, Set<String>> typesByFile,
                               Consumer<Problem> problems) {
        if (maxCommits <= 0 || typesByFile.isEmpty()) {
            return History.NONE;
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return History.NONE;
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            int[] commits = new int[1];
            Map<String, Map<String, Integer>> pairs = filePairs(repo, prefix(repo, root), maxCommits,
                    typesByFile.keySet(), commits);
            return new History(toEdges(pairs, typesByFile), commits[0]);
        } catch (IOException | RuntimeException e) {
            problems.accept(new Problem(".git", 0, "cannot read the git history, co-change edges are left out: "
                    + e.getMessage()));
            return History.NONE;
        }
    }

    /**
     * Co-change edges and the number of commits they were read from.
     *
     * @param edges   CO_CHANGE edges, sorted
     * @param commits commits read (merges excluded)
     */
    public record History(List<Edge> edges, int commits) {
        static final History NONE = new History(List.of(), 0);

        public History {
            edges = List.copyOf(edges);
        }
    }

    /** How many commits changed each pair of known files (first file < second); {@code read[0]} = commits read. */
    private static Map<String, Map<String, Integer>> filePairs(Repository repo, String prefix, int maxCommits,
                                                               Set<String> known, int[] read) throws IOException {
        Map<String, Map<String, Integer>> pairs = new TreeMap<>();
        ObjectId head = repo.resolve("HEAD");
        if (head == null) {
            return pairs;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(head));
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.setRevFilter(RevFilter.NO_MERGES);
            int seen = 0;
            for (RevCommit commit : walk) {
                if (seen++ == maxCommits) {
                    break;
                }
                read[0]++;
                count(CommitFiles.changed(repo, walk, commit), prefix, known, pairs);
            }
        }
        return pairs;
    }

    private static void count(List<String> changed, String prefix, Set<String> known,
                              Map<String, Map<String, Integer>> pairs) {
        if (changed.size() > MAX_FILES_PER_COMMIT) {
            return;
        }
        List<String> files = new ArrayList<>(new TreeSet<>(changed.stream()
                .filter(p -> p.startsWith(prefix)).map(p -> p.substring(prefix.length()))
                .filter(known::contains).toList()));
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                pairs.computeIfAbsent(files.get(i), k -> new TreeMap<>()).merge(files.get(j), 1, Integer::sum);
            }
        }
    }

    private static List<Edge> toEdges(Map<String, Map<String, Integer>> pairs, Map<String, Set<String>> typesByFile) {
        Map<String, Map<String, Integer>> weights = new TreeMap<>();
        pairs.forEach((f1, partners) -> partners.forEach((f2, commits) -> {
            if (commits < MIN_COMMITS) {
                return;
            }
            for (String a : typesByFile.get(f1)) {
                for (String b : typesByFile.get(f2)) {
                    if (!a.equals(b)) {
                        String from = a.compareTo(b) < 0 ? a : b;
                        String to = a.compareTo(b) < 0 ? b : a;
                        weights.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, commits, Math::max);
                    }
                }
            }
        }));
        List<Edge> edges = new ArrayList<>();
        weights.forEach((from, tos) -> tos.forEach((to, w) -> edges.add(new Edge(from, to, EdgeKind.CO_CHANGE, w))));
        return edges;
    }

    /** The root's path inside the work tree, with a trailing '/' ("" when root is the work tree). */
    private static String prefix(Repository repo, Path root) throws IOException {
        Path workTree = repo.getWorkTree().toPath().toRealPath();
        Path relative = workTree.relativize(root.toRealPath());
        String prefix = relative.toString().replace('\\', '/');
        return prefix.isEmpty() ? "" : prefix + "/";
    }
}
