package dev.cleave.codegen.deploy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads ustar archives with PAX path records, as the tests need them: every entry with its header fields. */
final class TarReader {
    record Entry(String name, char type, int mode, int uid, int gid, long mtime, byte[] content) {
    }

    private TarReader() {
    }

    /** Entries by name, in archive order. */
    static Map<String, Entry> read(Path tar) throws IOException {
        return read(Files.readAllBytes(tar));
    }

    static Map<String, Entry> read(byte[] tar) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        InputStream in = new ByteArrayInputStream(tar);
        String paxPath = null;
        while (true) {
            byte[] header = in.readNBytes(512);
            if (header.length < 512 || isZero(header)) {
                return entries;
            }
            String name = text(header, 0, 100);
            String prefix = text(header, 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            byte[] content = in.readNBytes((int) size);
            in.skipNBytes((512 - size % 512) % 512);
            if (type == 'x') {
                paxPath = paxPath(new String(content, StandardCharsets.UTF_8));
                continue;
            }
            if (paxPath != null) {
                name = paxPath;
                paxPath = null;
            }
            entries.put(name, new Entry(name, type, (int) octal(header, 100, 8), (int) octal(header, 108, 8),
                    (int) octal(header, 116, 8), octal(header, 136, 12), content));
        }
    }

    private static String paxPath(String records) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (record.startsWith("path=", space + 1)) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return null;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String digits = text(header, offset, length).trim();
        return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
    }
}
