package dev.cleave.analyzer.incremental;

import dev.cleave.analyzer.Analyzer;
import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.CacheReport;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.model.GraphExports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/** Runs analyses with and without a cache and gives their graph.json as the CLI writes it. */
final class Runs {
    private Runs() {
    }

    /** graph.json text and how the cache was used. */
    record Result(String json, CacheReport cache) {
    }

    static AnalyzerOptions options(Path project, List<Path> classpath) {
        return AnalyzerOptions.of(project).withGitCommits(0).withThreads(2).withClasspath(classpath);
    }

    /** A full analysis: no cache. */
    static String full(Path project, List<Path> classpath) {
        return GraphExports.write(Analyzer.analyze(options(project, classpath).withoutCache()),
                GraphExports.Format.JSON);
    }

    static Result cached(Path project, List<Path> classpath, Path cache) {
        return cached(options(project, classpath).withCache(cache));
    }

    static Result cached(AnalyzerOptions options) {
        AtomicReference<CacheReport> report = new AtomicReference<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void phase(String name, long totalUnits) {
            }

            @Override
            public void advance(long units) {
            }

            @Override
            public void cache(CacheReport r) {
                report.set(r);
            }
        };
        String json = GraphExports.write(Analyzer.analyze(options, listener), GraphExports.Format.JSON);
        return new Result(json, report.get());
    }

    /** Copies a folder (without build output and caches). */
    static Path copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path rel = from.relativize(p);
                if (rel.startsWith("target") || rel.startsWith(".cleave")) {
                    continue;
                }
                Path dest = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of a sample of this repository. */
    static Path sample(String name) {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path s = p.resolve("samples").resolve(name);
            if (Files.isDirectory(s)) {
                return s;
            }
        }
        throw new IllegalStateException("sample " + name + " not found above " + here);
    }
}
