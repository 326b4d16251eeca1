package dev.cleave.web.upload;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds test archives with commons-compress, which writes any entry name, including hostile ones. */
final class Zips {
    private Zips() {
    }

    /** A zip of text files; a name ending in '/' is a folder entry. Entries are written in the given order. */
    static Path of(Path file, String... names) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (String name : names) {
                zip.putArchiveEntry(new ZipArchiveEntry(name));
                if (!name.endsWith("/")) {
                    zip.write(("content of " + name + "\n").getBytes(StandardCharsets.UTF_8));
                }
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    /** A zip holding a small file and a symbolic link pointing to {@code linkTarget}. */
    static Path withSymlink(Path file, String linkName, String linkTarget) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zip.putArchiveEntry(new ZipArchiveEntry("README.md"));
            zip.write("hello\n".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
            ZipArchiveEntry link = new ZipArchiveEntry(linkName);
            link.setUnixMode(0120777);
            zip.putArchiveEntry(link);
            zip.write(linkTarget.getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        return file;
    }

    /**
     * A zip bomb: a small file, then {@code mib} MiB of zeros in one entry (deflate makes about 1 KiB of each MiB),
     * streamed so that the zeros never sit in memory.
     */
    static Path zeros(Path file, String name, int mib) throws IOException {
        byte[] zeros = new byte[1024 * 1024];
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zip.putArchiveEntry(new ZipArchiveEntry("README.md"));
            zip.write("harmless\n".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
            zip.putArchiveEntry(new ZipArchiveEntry(name));
            for (int i = 0; i < mib; i++) {
                zip.write(zeros);
            }
            zip.closeArchiveEntry();
        }
        return file;
    }

    /**
     * Rewrites the uncompressed size of every entry, in the local headers and the central directory, to
     * {@code declared}: an archive whose headers lie about what it unpacks to.
     */
    static Path lyingAboutSizes(Path zipFile, int declared) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zipFile)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= bytes.limit(); i++) {
            int signature = bytes.getInt(i);
            if (signature == 0x04034b50) {
                bytes.putInt(i + 22, declared);
            } else if (signature == 0x02014b50) {
                bytes.putInt(i + 24, declared);
            }
        }
        Files.write(zipFile, bytes.array());
        return zipFile;
    }
}
