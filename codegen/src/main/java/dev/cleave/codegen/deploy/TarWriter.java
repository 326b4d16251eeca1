package dev.cleave.codegen.deploy;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a POSIX (ustar) tar stream with reproducible headers: modification time 0, owner and group 0 with no names.
 * Names longer than ustar allows get a PAX extended header. The caller decides the order of entries.
 */
final class TarWriter implements Closeable {
    private static final int BLOCK = 512;

    private final OutputStream out;

    TarWriter(OutputStream out) {
        this.out = out;
    }

    /** A directory; {@code name} without a trailing slash. */
    void directory(String name, int mode) throws IOException {
        header(name + "/", mode, 0, '5', "");
    }

    void file(String name, int mode, byte[] content) throws IOException {
        header(name, mode, content.length, '0', "");
        out.write(content);
        pad(content.length);
    }

    /** A regular file with the content of {@code source} (symbolic links followed). */
    void file(String name, int mode, Path source) throws IOException {
        long size = Files.size(source);
        header(name, mode, size, '0', "");
        try (InputStream in = Files.newInputStream(source)) {
            long copied = in.transferTo(out);
            if (copied != size) {
                throw new IOException(source + " changed while it was archived");
            }
        }
        pad(size);
    }

    /** Ends the archive with two zero blocks; does not close the underlying stream. */
    @Override
    public void close() throws IOException {
        out.write(new byte[2 * BLOCK]);
        out.flush();
    }

    private void header(String name, int mode, long size, char type, String link) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        String shortName = name;
        if (nameBytes.length > 100 || !isAscii(nameBytes)) {
            pax(name);
            shortName = asciiTail(name);
        }
        byte[] h = new byte[BLOCK];
        put(h, 0, 100, shortName.getBytes(StandardCharsets.US_ASCII));
        octal(h, 100, 8, mode);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, 0);
        h[156] = (byte) type;
        put(h, 157, 100, link.getBytes(StandardCharsets.US_ASCII));
        put(h, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII));
        put(h, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        octal(h, 148, 7, sum);
        h[155] = ' ';
        out.write(h);
    }

    /** A PAX extended header ({@code x}) that carries the full path. */
    private void pax(String name) throws IOException {
        String body = " path=" + name + "\n";
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        int total = length + Integer.toString(length).length();
        if (Integer.toString(total).length() > Integer.toString(length).length()) {
            total++;
        }
        byte[] record = (total + body).getBytes(StandardCharsets.UTF_8);
        String paxName = "PaxHeaders/" + asciiTail(name);
        header(paxName.length() > 100 ? paxName.substring(paxName.length() - 100) : paxName,
                0644, record.length, 'x', "");
        out.write(record);
        pad(record.length);
    }

    private static String asciiTail(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_");
        return ascii.length() > 100 ? ascii.substring(ascii.length() - 100) : ascii;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0x20) {
                return false;
            }
        }
        return true;
    }

    private void pad(long size) throws IOException {
        int rest = (int) (size % BLOCK);
        if (rest != 0) {
            out.write(new byte[BLOCK - rest]);
        }
    }

    private static void put(byte[] header, int offset, int length, byte[] value) {
        System.arraycopy(value, 0, header, offset, Math.min(length, value.length));
    }

    /** Zero-padded octal digits followed by a NUL, filling {@code length} bytes. */
    private static void octal(byte[] header, int offset, int length, long value) {
        String digits = Long.toOctalString(value);
        if (digits.length() > length - 1) {
            throw new IllegalArgumentException("value " + value + " does not fit a tar header field");
        }
        put(header, offset, length, ("0".repeat(length - 1 - digits.length()) + digits + "\0")
                .getBytes(StandardCharsets.US_ASCII));
    }
}
