package dev.cleave.analyzer.internal.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's name: the {@code artifactId} of the root pom, else {@code rootProject.name} of the Gradle
 * settings, else the folder name.
 */
final class ProjectName {
    private static final Pattern PARENT = Pattern.compile("(?s)<parent>.*?</parent>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern GRADLE = Pattern.compile("rootProject\\.name\\s*=\\s*['\"]([^'\"]+)['\"]");

    private ProjectName() {
    }

    static String of(Path root) {
        return fromPom(root.resolve("pom.xml"))
                .or(() -> fromGradle(root.resolve("settings.gradle")))
                .or(() -> fromGradle(root.resolve("settings.gradle.kts")))
                .orElseGet(() -> root.getFileName() == null ? "project" : root.getFileName().toString());
    }

    private static Optional<String> fromPom(Path pom) {
        return read(pom).map(text -> PARENT.matcher(COMMENT.matcher(text).replaceAll("")).replaceFirst(""))
                .flatMap(text -> first(ARTIFACT.matcher(text)));
    }

    private static Optional<String> fromGradle(Path settings) {
        return read(settings).flatMap(text -> first(GRADLE.matcher(text)));
    }

    private static Optional<String> first(Matcher m) {
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.ISO_8859_1))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
