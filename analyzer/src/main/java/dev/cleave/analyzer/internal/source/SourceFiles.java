package dev.cleave.analyzer.internal.source;

import dev.cleave.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads source files: UTF-8 first, ISO-8859-1 as the fallback legacy code often needs. */
public final class SourceFiles {
    private SourceFiles() {
    }

    /**
     * Reads a Java file. Not UTF-8 → decoded as ISO-8859-1 and a Problem reported; larger than maxBytes or
     * unreadable → text empty + Problem. Never throws for I/O errors. A leading byte order mark is dropped.
     */
    public static SourceText read(Path file, Path root, long maxBytes) {
        String relative = relativePath(root, file);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return skipped(file, relative, "skipped: " + size + " bytes is larger than the limit of "
                        + maxBytes + " bytes");
            }
            return decode(file, relative, Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return skipped(file, relative, "cannot read the file: " + e.getMessage());
        }
    }

    /** {@code file} relative to {@code root} with '/' separators; the file name alone when outside root. */
    public static String relativePath(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute.getFileName();
        return relative.toString().replace('\\', '/');
    }

    /** Decodes bytes already read from {@code file}, as {@link #read} would (for files within the size limit). */
    public static SourceText decode(Path file, Path root, byte[] bytes) {
        return decode(file, relativePath(root, file), bytes);
    }

    private static SourceText decode(Path file, String relative, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new SourceText(file, relative, Optional.of(stripBom(text)), List.of());
        } catch (CharacterCodingException e) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            return new SourceText(file, relative, Optional.of(text),
                    List.of(new Problem(relative, 0, "not valid UTF-8: read as ISO-8859-1")));
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static SourceText skipped(Path file, String relative, String reason) {
        return new SourceText(file, relative, Optional.empty(), List.of(new Problem(relative, 0, reason)));
    }
}
