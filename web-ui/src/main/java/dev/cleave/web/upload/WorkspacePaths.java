package dev.cleave.web.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Turns a folder typed by the user into a path the wizard may read: an existing folder under the workspace root,
 * after resolving symbolic links. The wizard only reads server folders through this check.
 */
public final class WorkspacePaths {
    private WorkspacePaths() {
    }

    /**
     * The real path ({@link Path#toRealPath}, links resolved) of the existing folder {@code userPath}, relative to
     * the workspace root or absolute, which must be the root itself or under it.
     *
     * <p>A path that is lexically outside the root is refused as outside whether it exists or not, so that the
     * answer tells nothing about the rest of the server.
     *
     * @throws OutsideWorkspaceException when the path escapes the root with {@code ..}, is an absolute path
     *                                   elsewhere, or goes through a symbolic link that leads out of the root
     * @throws IllegalArgumentException  when the path is blank, not a valid path, does not exist, or is a file
     * @throws IllegalStateException     when the workspace root itself does not exist
     */
    public static Path inside(Path workspaceRoot, String userPath) {
        Path root = realRoot(workspaceRoot);
        if (userPath == null || userPath.isBlank()) {
            throw new IllegalArgumentException("no folder given: choose a folder under " + root);
        }
        Path candidate = candidate(root, workspaceRoot, userPath);
        if (!Files.exists(candidate)) {
            throw new IllegalArgumentException(userPath + " does not exist in the workspace " + root
                    + ": check the spelling, or choose another folder under " + root);
        }
        Path real = realPath(candidate);
        if (!real.startsWith(root)) {
            throw new OutsideWorkspaceException(userPath + " is outside the workspace " + root
                    + " (a symbolic link leads out of it): choose a folder under " + root
                    + " or start the wizard with --workspace <dir>");
        }
        if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(userPath + " is a file, not a folder: choose the project's folder"
                    + " (the one with pom.xml or src/) under " + root);
        }
        return real;
    }

    /** The absolute, normalized path the user meant; refused when it is lexically outside the root. */
    private static Path candidate(Path root, Path workspaceRoot, String userPath) {
        Path path;
        try {
            path = Path.of(userPath.strip());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(userPath + " is not a valid path (" + e.getReason()
                    + "): choose a folder under " + root, e);
        }
        Path candidate = root.resolve(path).normalize();
        Path asGiven = workspaceRoot.toAbsolutePath().normalize();
        if (!candidate.startsWith(root) && !candidate.startsWith(asGiven)) {
            throw new OutsideWorkspaceException(userPath + " is outside the workspace " + root
                    + ": choose a folder under " + root + " or start the wizard with --workspace <dir>");
        }
        return candidate;
    }

    private static Path realRoot(Path workspaceRoot) {
        try {
            return workspaceRoot.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException("the workspace " + workspaceRoot + " does not exist: create it, or start"
                    + " the wizard with --workspace <dir>", e);
        }
    }

    private static Path realPath(Path candidate) {
        try {
            return candidate.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + candidate + ": " + e.getMessage(), e);
        }
    }
}
