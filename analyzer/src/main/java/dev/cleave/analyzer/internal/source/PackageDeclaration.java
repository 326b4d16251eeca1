package dev.cleave.analyzer.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code package} declaration at the head of a Java file, without parsing the file. */
final class PackageDeclaration {
    private static final int HEAD_BYTES = 16 * 1024;
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern FIRST_KEYWORD = Pattern.compile(
            "\\b(package|import|class|interface|enum|record)\\b\\s*([\\p{L}\\p{N}_$.\\s]*);?");

    private PackageDeclaration() {
    }

    /** The package name declared in the file, "" for the default package or an unreadable file. */
    static String of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.ISO_8859_1);
            return parse(head);
        } catch (IOException e) {
            return "";
        }
    }

    static String parse(String head) {
        Matcher m = FIRST_KEYWORD.matcher(COMMENTS.matcher(head).replaceAll(" "));
        if (m.find() && m.group(1).equals("package")) {
            return m.group(2).replaceAll("\\s+", "");
        }
        return "";
    }

    /**
     * The source root of a file: its folder minus the folders of its package. When the folders do not match
     * the package (javac allows it), the file's own folder.
     */
    static Path sourceRoot(Path file) {
        Path dir = file.getParent();
        String pkg = of(file);
        if (pkg.isEmpty()) {
            return dir;
        }
        String[] parts = pkg.split("\\.");
        Path candidate = dir;
        for (int i = parts.length - 1; i >= 0; i--) {
            if (candidate == null || candidate.getFileName() == null
                    || !candidate.getFileName().toString().equals(parts[i])) {
                return dir;
            }
            candidate = candidate.getParent();
        }
        return candidate == null ? dir : candidate;
    }
}
