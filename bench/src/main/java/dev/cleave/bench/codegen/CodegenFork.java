package dev.cleave.bench.codegen;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.cleave.bench.Corpus;
import dev.cleave.bench.HeapMeter;
import dev.cleave.bench.split.Host;
import dev.cleave.codegen.GenerateOptions;
import dev.cleave.codegen.GenerationResult;
import dev.cleave.codegen.Generator;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Runs one contender once on one monolith, in the JVM {@link CodegenBench} forked for it, and writes what it
 * measured to a properties file. Each run is a single cold shot, as the CLI and the Maven plugin generate once per
 * process. Preparing the output directory and counting the output afterwards are not timed. The heap's peak after
 * any collection of the timed part is recorded too ({@link HeapMeter}: {@code heap.peakAfterGc}, bytes).
 *
 * <p>Arguments: {@code <contender> <monolithRoot> <plan.json> <classpath.txt> <outputDir> <outcome.properties>}.
 * Contenders:
 * <ul>
 *   <li>{@code generate}: {@code Generator.generate(null, plan, options)} into an empty output directory (an earlier
 *       one is deleted first);</li>
 *   <li>{@code regenerate}: the same call over the output {@code generate} left in {@code outputDir} (it should
 *       write nothing);</li>
 *   <li>{@code copy}: every file of the monolith's {@code src/main/java} and {@code src/main/resources} copied with
 *       {@code Files.copy} to where the generator puts it ({@code services/<name>/src/main/java/...} for a planned
 *       class, {@code shared/src/main/java/...} for the rest, the resources to {@code shared/});</li>
 *   <li>{@code javaparser-parse}: JavaParser (language level 17, no symbol solver) parses every file of
 *       {@code src/main/java}, keeping the trees.</li>
 * </ul>
 */
public final class CodegenFork {
    private CodegenFork() {
    }

    public static void main(String[] args) throws IOException {
        String contender = args[0];
        Path monolith = Path.of(args[1]);
        Plan plan = PlanJson.read(Path.of(args[2]));
        List<Path> classpath = classpath(Path.of(args[3]));
        Path output = Path.of(args[4]);
        Path outcome = Path.of(args[5]);
        Properties out = new Properties();
        out.setProperty("contender", contender);
        out.setProperty("loadBefore", load());
        if (!contender.equals("regenerate")) {
            delete(output);
        } else if (!Files.isDirectory(output)) {
            throw new IllegalStateException(output + " holds no earlier generation; run the generate contender first");
        }
        System.gc();
        long gc0 = Host.gcMillis();
        HeapMeter heap = HeapMeter.start();
        long t0 = System.nanoTime();
        Object kept;
        switch (contender) {
            case "generate", "regenerate" -> {
                GenerationResult result = Generator.generate(null, plan,
                        GenerateOptions.of(monolith, output).withClasspath(classpath));
                long t1 = System.nanoTime();
                out.setProperty("wallNanos", Long.toString(t1 - t0));
                out.setProperty("written", Integer.toString(result.written().size()));
                out.setProperty("deleted", Integer.toString(result.deleted().size()));
                out.setProperty("unchanged", Integer.toString(result.unchanged()));
                out.setProperty("warnings", Integer.toString(result.warnings().size()));
                kept = result;
            }
            case "copy" -> {
                int copied = copy(monolith, plan, output);
                long t1 = System.nanoTime();
                out.setProperty("wallNanos", Long.toString(t1 - t0));
                out.setProperty("written", Integer.toString(copied));
                kept = copied;
            }
            case "javaparser-parse" -> {
                List<CompilationUnit> units = parse(monolith.resolve("src/main/java"));
                long t1 = System.nanoTime();
                out.setProperty("wallNanos", Long.toString(t1 - t0));
                out.setProperty("parsed", Integer.toString(units.size()));
                kept = units;
            }
            default -> throw new IllegalArgumentException("unknown contender " + contender);
        }
        out.setProperty("gcMillis", Long.toString(Host.gcMillis() - gc0));
        out.setProperty("heap.peakAfterGc", Long.toString(heap.finish().peakAfterGc()));
        Reference.reachabilityFence(kept);
        out.setProperty("services", Integer.toString(plan.services().size()));
        if (!contender.equals("javaparser-parse")) {
            count(output, out);
        }
        out.setProperty("loadAfter", load());
        try (OutputStream stream = Files.newOutputStream(outcome)) {
            out.store(stream, null);
        }
    }

    /** Files and lines under the output directory, all and {@code .java} only (the marker file excluded). */
    static void count(Path output, Properties out) throws IOException {
        long files = 0;
        long lines = 0;
        long javaFiles = 0;
        long javaLines = 0;
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().equals(Generator.MARKER)) {
                    continue;
                }
                long n = Corpus.countLines(file);
                files++;
                lines += n;
                if (file.toString().endsWith(".java")) {
                    javaFiles++;
                    javaLines += n;
                }
            }
        }
        out.setProperty("outFiles", Long.toString(files));
        out.setProperty("outLines", Long.toString(lines));
        out.setProperty("outJavaFiles", Long.toString(javaFiles));
        out.setProperty("outJavaLines", Long.toString(javaLines));
    }

    static int copy(Path monolith, Plan plan, Path output) throws IOException {
        Map<String, String> home = new HashMap<>();
        for (Service s : plan.services()) {
            s.classes().forEach(c -> home.put(c, "services/" + s.name()));
        }
        int copied = 0;
        Path sources = monolith.resolve("src/main/java");
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                String fqn = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
                Path target = output.resolve(home.getOrDefault(fqn, "shared")).resolve("src/main/java")
                        .resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                copied++;
            }
        }
        Path resources = monolith.resolve("src/main/resources");
        if (Files.isDirectory(resources)) {
            try (Stream<Path> walk = Files.walk(resources)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    Path target = output.resolve("shared/src/main/resources").resolve(resources.relativize(file));
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    copied++;
                }
            }
        }
        return copied;
    }

    static List<CompilationUnit> parse(Path sources) throws IOException {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        List<CompilationUnit> units = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                ParseResult<CompilationUnit> result = parser.parse(file);
                if (!result.isSuccessful() || result.getResult().isEmpty()) {
                    throw new IllegalStateException("cannot parse " + file + ": " + result.getProblems());
                }
                units.add(result.getResult().get());
            }
        }
        return units;
    }

    static List<Path> classpath(Path file) throws IOException {
        String text = Files.readString(file).trim();
        return text.isEmpty() ? List.of() : Stream.of(text.split(java.io.File.pathSeparator)).map(Path::of).toList();
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", Host.load());
    }
}
