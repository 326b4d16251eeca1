package dev.cleave.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the sample a command runs on when no project is given: {@code samples/spring-shop} of the Cleave home. */
final class BundledSample {
    static final String SAMPLE = "samples/spring-shop";

    private BundledSample() {
    }

    /**
     * @throws IllegalArgumentException when Cleave's home (system property {@code cleave.home}, set by the
     *                                  {@code ./cleave} launcher) is unknown or holds no sample
     */
    static Path locate() {
        String home = System.getProperty("cleave.home");
        if (home == null || home.isBlank()) {
            throw new IllegalArgumentException("no project given: name the project folder, e.g. 'cleave analyze path/to/project'");
        }
        Path sample = Path.of(home).resolve(SAMPLE).normalize();
        if (!Files.isDirectory(sample)) {
            throw new IllegalArgumentException("no project given and the bundled sample " + sample
                    + " is missing: name the project folder, e.g. 'cleave analyze path/to/project'");
        }
        return sample;
    }
}
