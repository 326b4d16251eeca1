package dev.cleave.codegen.deploy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestOutputStream;
import java.util.Map;
import java.util.TreeMap;

/** The content of one image layer, kept sorted by path, with every parent directory listed before its children. */
final class Layer {
    private sealed interface Entry permits Directory, Bytes, Copy {
    }

    private record Directory(int mode) implements Entry {
    }

    private record Bytes(int mode, byte[] content) implements Entry {
    }

    private record Copy(int mode, Path source) implements Entry {
    }

    private final String description;
    private final TreeMap<String, Entry> entries = new TreeMap<>();

    Layer(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** A directory; {@code path} is relative to the root of the image, like all paths here. */
    void addDirectory(String path, int mode) {
        parents(path);
        entries.put(path, new Directory(mode));
    }

    void addText(String path, String text) {
        parents(path);
        entries.put(path, new Bytes(0644, text.getBytes(StandardCharsets.UTF_8)));
    }

    void addFile(String path, int mode, Path source) {
        parents(path);
        entries.put(path, new Copy(mode, source));
    }

    /** Every regular file below {@code dir} at {@code prefix}/its relative path; 0755 when executable, else 0644. */
    void addTree(String prefix, Path dir) throws IOException {
        addDirectory(prefix, 0755);
        for (Path file : BaseImages.filesBelow(dir)) {
            boolean executable = Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE);
            addFile(prefix + "/" + dir.relativize(file).toString().replace('\\', '/'), executable ? 0755 : 0644, file);
        }
    }

    /** Writes the layer as an uncompressed tar and returns its diff id (hex SHA-256 of those bytes). */
    String writeTo(Path file) throws IOException {
        DigestOutputStream digest;
        try (OutputStream out = Files.newOutputStream(file);
             DigestOutputStream digesting = new DigestOutputStream(out, Digests.sha256());
             BufferedOutputStream buffered = new BufferedOutputStream(digesting, 1 << 16);
             TarWriter tar = new TarWriter(buffered)) {
            digest = digesting;
            for (Map.Entry<String, Entry> entry : entries.entrySet()) {
                write(tar, entry.getKey(), entry.getValue());
            }
        }
        return Digests.hex(digest.getMessageDigest().digest());
    }

    private static void write(TarWriter tar, String path, Entry entry) throws IOException {
        if (entry instanceof Directory d) {
            tar.directory(path, d.mode());
        } else if (entry instanceof Bytes b) {
            tar.file(path, b.mode(), b.content());
        } else if (entry instanceof Copy c) {
            tar.file(path, c.mode(), c.source());
        }
    }

    private void parents(String path) {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            entries.putIfAbsent(path.substring(0, slash), new Directory(0755));
        }
    }
}
