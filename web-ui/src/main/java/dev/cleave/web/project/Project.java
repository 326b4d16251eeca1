package dev.cleave.web.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A monolith opened in the wizard.
 *
 * @param id     folder name under the workspace's project folder: lower case letters, digits and '-'
 * @param name   the name the user sees (any text; escaped wherever it is shown)
 * @param kind   where the sources came from
 * @param source the monolith's sources (a bundled sample, a folder under the workspace or an unpacked upload)
 */
public record Project(String id, String name, Kind kind, Path source) {
    public enum Kind { SAMPLE, FOLDER, UPLOAD }

    /** What a project id may be: a folder name of the wizard's workspace. */
    static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public Project {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("project id '" + id + "' is not a folder name of the wizard");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }
}
