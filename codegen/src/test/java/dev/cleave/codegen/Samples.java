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

    /**
     * A copy of a sample whose settings ({@code application.yml}) name a PostgreSQL database instead of its H2 one,
     * with PostgreSQL's JDBC driver added to its build and H2's sequence syntax in native queries
     * ({@code NEXT VALUE FOR s}) written as PostgreSQL's ({@code nextval('s')}): the same application on a server
     * database, as many real monoliths are.
     */
    static Path onPostgres(Path sample, Path to, String url) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = sample.relativize(file).toString();
                if (relative.startsWith("target") || relative.startsWith("src/test")) {
                    continue;
                }
                Files.createDirectories(to.resolve(relative).getParent());
                Files.copy(file, to.resolve(relative), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                if (relative.endsWith(".java")) {
                    String source = Files.readString(file);
                    Files.writeString(to.resolve(relative),
                            source.replaceAll("NEXT VALUE FOR (\\w+)", "nextval('$1')"));
                }
            }
        }
        Path yml = to.resolve("src/main/resources/application.yml");
        String settings = Files.readString(yml);
        String changed = settings.replaceFirst("url: jdbc:h2:[^\n]*", "url: " + url)
                .replace("driver-class-name: org.h2.Driver", "driver-class-name: org.postgresql.Driver");
        if (changed.equals(settings)) {
            throw new IllegalStateException(yml + " names no H2 datasource to replace");
        }
        Files.writeString(yml, changed);
        Path pom = to.resolve("pom.xml");
        String build = Files.readString(pom);
        int managed = build.indexOf("</dependencyManagement>");
        int at = build.indexOf("<dependencies>", Math.max(0, managed)) + "<dependencies>".length();
        Files.writeString(pom, build.substring(0, at) + "\n    <dependency><groupId>org.postgresql</groupId>"
                + "<artifactId>postgresql</artifactId><scope>runtime</scope></dependency>" + build.substring(at));
        return to;
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
