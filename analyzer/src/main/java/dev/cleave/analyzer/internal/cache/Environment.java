package dev.cleave.analyzer.internal.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything besides a file's own text and the project's declarations that an analysis result depends on: the
 * cache format, the build of Cleave's analyzer and of its parser, the JDK (its types are library types), the
 * classpath (each jar's size and modification time, each class folder's class files), the project folder and the
 * options that change results. A cache made in another environment is not used.
 */
public final class Environment {
    private static volatile String build;
    private final Map<String, String> parts;

    private Environment(Map<String, String> parts) {
        this.parts = parts;
    }

    /** The environment of an analysis of {@code root} with these settings in this JVM. */
    public static Environment of(Path root, List<Path> classpath, boolean includeTests, long maxFileBytes) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("format", Integer.toString(CacheStore.FORMAT));
        parts.put("cleave", build());
        parts.put("jdk", Runtime.version() + " " + System.getProperty("java.home"));
        StringBuilder cp = new StringBuilder();
        classpath.forEach(e -> cp.append(e.toAbsolutePath().normalize()).append('@').append(stamp(e)).append(';'));
        parts.put("classpath", sha256(cp.toString().getBytes(StandardCharsets.UTF_8)));
        parts.put("project", root.toAbsolutePath().normalize().toString());
        parts.put("options", "includeTests=" + includeTests + ",maxFileBytes=" + maxFileBytes);
        return new Environment(parts);
    }

    /** The text stored in the cache's {@code environment} file. */
    String text() {
        StringBuilder sb = new StringBuilder();
        parts.forEach((k, v) -> sb.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        return sb.toString();
    }

    String digest() {
        return sha256(text().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Why a cache made in the environment stored as {@code stored} cannot be used here, or null when it can: the
     * first part that differs, named for people ("classpath changed").
     */
    String differenceFrom(String stored) {
        if (stored == null) {
            return "no cache yet";
        }
        Map<String, String> old = new LinkedHashMap<>();
        for (String line : stored.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                old.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        if (!text().equals(stored)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                if (!e.getValue().replace('\n', ' ').equals(old.get(e.getKey()))) {
                    return switch (e.getKey()) {
                        case "format" -> "cache of another format";
                        case "cleave" -> "Cleave changed";
                        case "jdk" -> "JDK changed";
                        case "classpath" -> "classpath changed";
                        case "project" -> "project folder changed";
                        case "options" -> "analyzer options changed";
                        default -> e.getKey() + " changed";
                    };
                }
            }
            return "environment file damaged";
        }
        return null;
    }

    /** The analyzer's and the parser's builds: where their classes come from, with sizes and modification times. */
    private static String build() {
        String b = build;
        if (b == null) {
            b = sha256((codeOf(Environment.class) + ";" + codeOf(com.github.javaparser.JavaParser.class))
                    .getBytes(StandardCharsets.UTF_8));
            build = b;
        }
        return b;
    }

    private static String codeOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        Package pkg = type.getPackage();
        String version = pkg == null ? null : pkg.getImplementationVersion();
        if (source == null || source.getLocation() == null) {
            return type.getName() + " " + version;
        }
        try {
            Path p = Path.of(source.getLocation().toURI());
            return p + "@" + stamp(p) + " " + version;
        } catch (URISyntaxException | RuntimeException e) {
            return source.getLocation() + " " + version;
        }
    }

    /** A file's size and modification time; for a folder, a digest of those of all files under it. */
    private static String stamp(Path p) {
        try {
            if (!Files.isDirectory(p)) {
                return Files.size(p) + "/" + Files.getLastModifiedTime(p).toMillis();
            }
            StringBuilder sb = new StringBuilder();
            try (Stream<Path> all = Files.walk(p)) {
                all.filter(Files::isRegularFile).sorted().forEach(f -> {
                    try {
                        sb.append(p.relativize(f)).append('@').append(Files.size(f)).append('/')
                                .append(Files.getLastModifiedTime(f).toMillis()).append(';');
                    } catch (IOException e) {
                        sb.append(f).append("@?;");
                    }
                });
            }
            return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    /** SHA-256 as lower-case hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }

    /** SHA-256 of these bytes. */
    public static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
