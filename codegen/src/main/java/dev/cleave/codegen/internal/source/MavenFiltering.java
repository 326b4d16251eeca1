package dev.cleave.codegen.internal.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The monolith's resources as its build leaves them: a resource folder with {@code <filtering>true</filtering>} has
 * its {@code ${name}} (and {@code @name@}) placeholders replaced by the pom's properties, those of the profiles active
 * by default included ({@code jdbc.url=${jdbc.url}} in spring-framework-petclinic's {@code data-access.properties}
 * becomes the H2 profile's {@code jdbc:h2:mem:petclinic}). Cleave reads them so and writes them so into the modules:
 * the application's code only ever saw the filtered files. Under {@code spring-boot-starter-parent} only
 * {@code @name@} is a Maven placeholder, as that parent configures it.
 *
 * @param properties the pom's properties, its default profiles', and {@code project.*} coordinates
 * @param folders    the filtered resource folders, relative to the monolith's root
 * @param atOnly     whether only {@code @name@} is filtered (Spring Boot's parent)
 */
public record MavenFiltering(Map<String, String> properties, List<String> folders, boolean atOnly) {
    /** Files Maven would filter that are text: others (images, archives) are copied as they are. */
    private static final Set<String> TEXT = Set.of("properties", "xml", "yml", "yaml", "sql", "txt", "json", "conf",
            "html", "xhtml", "jsp", "js", "css", "tag", "vm", "ftl");
    private static final Pattern DOLLAR = Pattern.compile("\\$\\{([^}${]+)}");
    private static final Pattern AT = Pattern.compile("@([\\w.-]+)@");

    /** No filtering: a monolith without pom or filtered folders. */
    static final MavenFiltering NONE = new MavenFiltering(Map.of(), List.of(), false);

    /** The monolith's filtering, read from its {@code pom.xml} (none when it has no pom or it does not parse). */
    public static MavenFiltering of(Path root) {
        Path pom = root.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return NONE;
        }
        Element project;
        try {
            project = MonolithBuild.parse(pom);
        } catch (RuntimeException e) {
            return NONE;
        }
        List<String> folders = new ArrayList<>();
        MonolithBuild.child(project, "build").flatMap(b -> MonolithBuild.child(b, "resources")).ifPresent(rs ->
                MonolithBuild.children(rs, "resource").forEach(r -> {
                    String directory = MonolithBuild.text(r, "directory");
                    if ("true".equals(MonolithBuild.text(r, "filtering")) && directory != null) {
                        folders.add(directory.replaceFirst("^\\$\\{(project\\.)?basedir}/?", "").replaceAll("/+$", ""));
                    }
                }));
        if (folders.isEmpty()) {
            return NONE;
        }
        Map<String, String> properties = new LinkedHashMap<>(MonolithBuild.properties(project));
        MonolithBuild.defaultProfiles(project).forEach(p -> properties.putAll(MonolithBuild.properties(p)));
        for (String key : List.of("groupId", "artifactId", "version", "name", "description")) {
            String value = MonolithBuild.text(project, key);
            if (value == null && !key.equals("artifactId")) {
                value = MonolithBuild.child(project, "parent").map(p -> MonolithBuild.text(p, key)).orElse(null);
            }
            if (value != null) {
                properties.put("project." + key, value);
                properties.putIfAbsent("pom." + key, value);
            }
        }
        boolean bootParent = MonolithBuild.child(project, "parent")
                .filter(p -> "spring-boot-starter-parent".equals(MonolithBuild.text(p, "artifactId"))).isPresent();
        return new MavenFiltering(properties, folders, bootParent);
    }

    /** Whether the build filters {@code file} (a path relative to the monolith's root) and it is text. */
    public boolean filters(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return TEXT.contains(extension) && folders.stream().anyMatch(f -> file.startsWith(f + "/"));
    }

    /** {@code text} with the placeholders Maven replaces replaced; unknown ones stay, as Maven leaves them. */
    public String apply(String text) {
        return apply(text, Set.of());
    }

    /**
     * {@link #apply(String)}, but {@code ${key}} of the keys given stays: a Spring placeholder whose value the
     * generated services set (the URL of the shared database), which Maven would have made a literal.
     */
    public String apply(String text, Set<String> keep) {
        String result = atOnly ? text : replace(DOLLAR, text, keep);
        return replace(AT, result, Set.of());
    }

    /** {@link #read(Path, Path)} keeping the placeholders of {@code keep} ({@link #apply(String, Set)}). */
    public String read(Path root, Path file, Set<String> keep) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (!filters(relative)) {
            return read(root, file);
        }
        try {
            return apply(decode(Files.readAllBytes(file)), keep);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String replace(Pattern placeholder, String text, Set<String> keep) {
        Matcher m = placeholder.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = keep.contains(m.group(1)) ? null : properties.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }

    /** A file of the monolith's root as the build leaves it (read as UTF-8, else as ISO-8859-1). */
    public String read(Path root, Path file) {
        try {
            byte[] raw = Files.readAllBytes(file);
            String text = decode(raw);
            String relative = root.relativize(file).toString().replace('\\', '/');
            return filters(relative) ? apply(text) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(raw)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
    }

    /** The bytes of a file as the build leaves it (unfiltered files byte for byte). */
    public byte[] bytes(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        try {
            byte[] raw = Files.readAllBytes(file);
            if (!filters(relative)) {
                return raw;
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(raw)).toString();
                return apply(text).getBytes(StandardCharsets.UTF_8);
            } catch (java.nio.charset.CharacterCodingException e) {
                // not UTF-8 (a Latin-1 properties file): filtered in its own encoding
                return apply(new String(raw, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
