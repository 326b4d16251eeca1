package dev.cleave.web.upload;

import java.util.ArrayDeque;
import java.util.Deque;

/** Turns a zip entry name into a safe relative path, or refuses it (zip-slip). */
final class EntryNames {
    private EntryNames() {
    }

    /**
     * The entry's path relative to the target folder, normalized ({@code .} and empty segments dropped,
     * {@code a/../b} becomes {@code b}), with '/' separators; "" for the root folder itself. Backslashes count as
     * separators, as Windows tools write them.
     *
     * @throws UnsafeArchiveException when the name is absolute ({@code /x}, {@code C:\x}, {@code \\server\x}),
     *                                climbs out of the target ({@code ../x}, {@code a/../../x}) or contains a NUL
     */
    static String relative(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
            throw refused(name, "is an absolute path");
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw refused(name, "climbs out of the target folder");
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static UnsafeArchiveException refused(String name, String problem) {
        return new UnsafeArchiveException("the archive entry '" + name.replace("\0", "\\0") + "' " + problem
                + " (a \"zip-slip\" that would write outside the folder it is unpacked into): nothing was unpacked;"
                + " zip the project again from its own folder");
    }
}
