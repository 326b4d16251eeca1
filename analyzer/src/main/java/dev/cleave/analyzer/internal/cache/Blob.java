package dev.cleave.analyzer.internal.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary record: variable-length integers, and strings written once in a table in front of the body and
 * referred to by number (type names repeat a lot). Reading checks every length and index against the bytes there
 * are, so a damaged blob fails with an {@link IOException} instead of a wrong value or a huge allocation.
 */
public final class Blob {
    private Blob() {
    }

    /** Writes one blob; {@link #toBytes} gives the table and the body. */
    public static final class Writer {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> table = new ArrayList<>();

        public Writer uint(long value) {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                body.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            body.write((int) v);
            return this;
        }

        public Writer bool(boolean value) {
            body.write(value ? 1 : 0);
            return this;
        }

        /** A string, possibly null. */
        public Writer string(String s) {
            if (s == null) {
                return uint(0);
            }
            Integer id = ids.get(s);
            if (id == null) {
                id = table.size();
                ids.put(s, id);
                table.add(s);
            }
            return uint(id + 1L);
        }

        public Writer strings(java.util.Collection<String> values) {
            uint(values.size());
            values.forEach(this::string);
            return this;
        }

        public byte[] toBytes() {
            Writer head = new Writer();
            head.uint(table.size());
            for (String s : table) {
                byte[] utf = s.getBytes(StandardCharsets.UTF_8);
                head.uint(utf.length);
                head.body.writeBytes(utf);
            }
            head.body.writeBytes(body.toByteArray());
            return head.body.toByteArray();
        }
    }

    /** Reads a blob written by {@link Writer}. */
    public static final class Reader {
        private final byte[] bytes;
        private int pos;
        private final String[] table;

        public Reader(byte[] bytes) throws IOException {
            this.bytes = bytes;
            int n = count();
            table = new String[n];
            for (int i = 0; i < n; i++) {
                int len = count();
                table[i] = new String(bytes, pos, len, StandardCharsets.UTF_8);
                pos += len;
            }
        }

        public long uint() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= bytes.length) {
                    throw new IOException("blob ends early");
                }
                int b = bytes[pos++];
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IOException("bad number in blob");
        }

        /** A count or length: a number no larger than the bytes left, so damage cannot ask for huge arrays. */
        public int count() throws IOException {
            long v = uint();
            if (v > bytes.length - pos) {
                throw new IOException("count " + v + " exceeds the blob");
            }
            return (int) v;
        }

        public int integer() throws IOException {
            long v = uint();
            if (v > Integer.MAX_VALUE) {
                throw new IOException("bad int in blob");
            }
            return (int) v;
        }

        public boolean bool() throws IOException {
            if (pos >= bytes.length) {
                throw new IOException("blob ends early");
            }
            int b = bytes[pos++];
            if (b != 0 && b != 1) {
                throw new IOException("bad boolean in blob");
            }
            return b == 1;
        }

        public String string() throws IOException {
            long id = uint();
            if (id == 0) {
                return null;
            }
            if (id > table.length) {
                throw new IOException("bad string reference in blob");
            }
            return table[(int) id - 1];
        }

        /** A string that must not be null. */
        public String text() throws IOException {
            String s = string();
            if (s == null) {
                throw new IOException("missing string in blob");
            }
            return s;
        }

        public List<String> strings() throws IOException {
            int n = count();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(text());
            }
            return out;
        }

        public <E extends Enum<E>> E constant(Class<E> type) throws IOException {
            try {
                return Enum.valueOf(type, text());
            } catch (IllegalArgumentException e) {
                throw new IOException("unknown " + type.getSimpleName() + " in blob", e);
            }
        }

        /** Fails unless every byte was read. */
        public void end() throws IOException {
            if (pos != bytes.length) {
                throw new IOException("trailing bytes in blob");
            }
        }
    }
}
