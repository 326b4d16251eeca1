package dev.cleave.analyzer.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Random edits of a Java source tree, the kinds a pull request makes: a method body, a signature, a type added,
 * removed or renamed, a file moved to another package, deleted or added. Seeded: the same seed gives the same
 * edits. Each edit returns a line saying what it did, for failure messages.
 */
final class Edits {
    private static final Pattern METHOD = Pattern.compile("\\n(\\s+)(public|protected|private|static|final|\\s)*"
            + "[\\w.<>\\[\\], ]+\\s(\\w+)\\(([^()]*)\\)\\s*(throws [\\w., ]+)?\\{");
    private static final Pattern PACKAGE = Pattern.compile("package\\s+([\\w.]+)\\s*;");

    private final Path root;
    private final Random random;
    private int counter;

    Edits(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** One random edit. */
    String any() {
        return switch (random.nextInt(7)) {
            case 0 -> body();
            case 1 -> signature();
            case 2 -> addType();
            case 3 -> renameType();
            case 4 -> moveFile();
            case 5 -> deleteFile();
            default -> addFile();
        };
    }

    /** Adds a statement at the start of a method body: nothing outside the file can see it. */
    String body() {
        for (int attempt = 0; attempt < 20; attempt++) {
            Path f = pick();
            String text = read(f);
            Matcher m = METHOD.matcher(text);
            List<Integer> ends = m.results().filter(r -> !r.group().contains(" new ") && !r.group().contains("="))
                    .map(r -> r.end()).toList();
            if (!ends.isEmpty()) {
                int at = ends.get(random.nextInt(ends.size()));
                int n = ++counter;
                write(f, text.substring(0, at) + " java.util.List<String> cleaveBody" + n
                        + " = new java.util.ArrayList<>(); cleaveBody" + n + ".add(String.valueOf(" + n + "));"
                        + text.substring(at));
                return "body of a method in " + rel(f);
            }
        }
        return addFile();
    }

    /** Adds a parameter to a method: its callers no longer match it. */
    String signature() {
        for (int attempt = 0; attempt < 20; attempt++) {
            Path f = pick();
            String text = read(f);
            List<java.util.regex.MatchResult> ms = METHOD.matcher(text).results()
                    .filter(r -> !r.group().contains(" new ") && !r.group().contains("=")).toList();
            if (!ms.isEmpty()) {
                java.util.regex.MatchResult m = ms.get(random.nextInt(ms.size()));
                String params = m.group(4).isBlank() ? "int cleaveP" : m.group(4) + ", int cleaveP";
                write(f, text.substring(0, m.start(4)) + params + text.substring(m.end(4)));
                return "signature of " + m.group(3) + " in " + rel(f);
            }
        }
        return addFile();
    }

    /** Adds a type named like an existing one in another package: it may shadow on-demand imports there. */
    String addType() {
        Path existing = pick();
        String simple = name(existing);
        Path other = pick();
        Path target = other.resolveSibling(simple + ".java");
        if (Files.exists(target)) {
            return addFile();
        }
        String pkg = packageOf(read(other));
        write(target, (pkg.isEmpty() ? "" : "package " + pkg + ";\n") + "public class " + simple
                + " {\n    public String id;\n    public void save(Object o) {}\n    public " + simple
                + " find(Long id) { return this; }\n}\n");
        return "type " + simple + " added beside " + rel(other);
    }

    /** Renames the file's type and the file: references to the old name break. */
    String renameType() {
        Path f = pick();
        String simple = name(f);
        String renamed = simple + "Renamed" + (++counter);
        String text = read(f).replaceAll("\\b" + simple + "\\b", renamed);
        delete(f);
        write(f.resolveSibling(renamed + ".java"), text);
        return "renamed " + rel(f) + " to " + renamed;
    }

    /** Moves a file to another package (its package declaration follows). */
    String moveFile() {
        Path f = pick();
        Path other = pick();
        String text = read(f);
        String to = packageOf(read(other));
        Path target = other.resolveSibling(f.getFileName().toString());
        if (Files.exists(target) || to.isEmpty()) {
            return deleteFile();
        }
        Matcher m = PACKAGE.matcher(text);
        String moved = m.find() ? text.substring(0, m.start(1)) + to + text.substring(m.end(1)) : text;
        delete(f);
        write(target, moved);
        return "moved " + rel(f) + " to package " + to;
    }

    String deleteFile() {
        Path f = pick();
        delete(f);
        return "deleted " + rel(f);
    }

    /** Adds a class that uses two existing types. */
    String addFile() {
        Path a = pick();
        Path b = pick();
        String pkg = packageOf(read(a));
        String other = packageOf(read(b));
        String name = "CleaveAdded" + (++counter);
        String bType = (other.isEmpty() ? "" : other + ".") + name(b);
        write(a.resolveSibling(name + ".java"), (pkg.isEmpty() ? "" : "package " + pkg + ";\n")
                + "import java.util.*;\n" + (other.isEmpty() || other.equals(pkg) ? "" : "import " + other + ".*;\n")
                + "public class " + name + " extends Object {\n    private " + name(a) + " a;\n    private "
                + bType + " b;\n    public List<String> run(" + name(b) + " x) {\n        System.out.println(a);\n"
                + "        return new ArrayList<>(List.of(String.valueOf(x), String.valueOf(b)));\n    }\n}\n");
        return "added " + name + " in " + pkg;
    }

    private Path pick() {
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> files = all.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/")
                    && !p.toString().contains("/.cleave/")).sorted().toList();
            return files.get(random.nextInt(files.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rel(Path f) {
        return root.relativize(f).toString();
    }

    private static String name(Path f) {
        String n = f.getFileName().toString();
        return n.substring(0, n.length() - ".java".length());
    }

    static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path f, String text) {
        try {
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path f) {
        try {
            Files.delete(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
