package dev.cleave.web.project;

/** The id names no project of the workspace (a stale link, or the project folder was deleted). */
public final class ProjectNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProjectNotFoundException(String id) {
        super("there is no project '" + id + "' in this workspace: open the project list and choose or add one");
    }
}
