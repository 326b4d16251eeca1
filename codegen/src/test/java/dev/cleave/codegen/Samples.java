package dev.cleave.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Finds the repository's samples and the jars of their dependencies (from the local Maven repository). */
final class Samples {
    private Samples() {
    }

    /** The repository root: system property {@code cleave.root}, else the nearest parent holding samples/. */
    static Path repo() {
        String configured = System.getProperty("cleave.root");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples/spring-shop"))) {
                return p;
            }
        }
        throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
    }

    static Path springShop() {
        return repo().resolve("samples/spring-shop");
    }

    /** The compile classpath of a sample, resolved by Maven ({@link NestedMaven}: offline when the build is). */
    static List<Path> classpath(Path sample, Path workDir) throws IOException, InterruptedException {
        Path out = workDir.resolve("classpath.txt");
        Process p = new ProcessBuilder(NestedMaven.command("-q", "-f", sample.resolve("pom.xml").toString(),
                "dependency:build-classpath", "-Dmdep.includeScope=compile", "-Dmdep.outputFile=" + out))
                .redirectErrorStream(true).redirectOutput(workDir.resolve("classpath.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("mvn dependency:build-classpath failed: see " + workDir.resolve("classpath.log"));
        }
        return Arrays.stream(Files.readString(out).trim().split(java.io.File.pathSeparator)).map(Path::of).toList();
    }
}
