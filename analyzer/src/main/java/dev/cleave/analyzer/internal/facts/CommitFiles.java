package dev.cleave.analyzer.internal.facts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/** The files a commit changed against its first parent (all its files for a root commit), repository paths. */
final class CommitFiles {
    private CommitFiles() {
    }

    static List<String> changed(Repository repo, RevWalk walk, RevCommit commit) throws IOException {
        RevTree parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0)).getTree();
        try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            diff.setDetectRenames(false);
            List<String> paths = new ArrayList<>();
            for (DiffEntry entry : diff.scan(parent, commit.getTree())) {
                boolean deleted = entry.getChangeType() == DiffEntry.ChangeType.DELETE;
                paths.add(deleted ? entry.getOldPath() : entry.getNewPath());
            }
            return paths;
        }
    }
}
