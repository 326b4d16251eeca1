package dev.cleave.web.upload;

/**
 * A folder the user asked for is outside the workspace the wizard may read: a {@code ..} escape, an absolute
 * path elsewhere, or a symbolic link inside the workspace that leads out of it. The message names the path and
 * the workspace and says what to do.
 */
public final class OutsideWorkspaceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public OutsideWorkspaceException(String message) {
        super(message);
    }
}
