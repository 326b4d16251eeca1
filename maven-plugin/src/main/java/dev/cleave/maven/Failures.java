package dev.cleave.maven;

import dev.cleave.analyzer.AnalyzerException;
import dev.cleave.model.ModelFormatException;
import dev.cleave.splitter.SplitException;
import org.apache.maven.plugin.MojoExecutionException;

import java.io.UncheckedIOException;

/**
 * Turns the pipeline's typed errors into build failures whose message says what to fix; anything else is a Cleave
 * bug and keeps its stack trace.
 */
final class Failures {
    private Failures() {
    }

    static MojoExecutionException translate(RuntimeException e) {
        if (e instanceof ModelFormatException) {
            return new MojoExecutionException("Cleave: " + e.getMessage()
                    + " (files are set with <plan>/-Dcleave.plan and <baseline>/-Dcleave.baseline)", e);
        }
        if (e instanceof AnalyzerException || e instanceof SplitException || e instanceof UncheckedIOException
                || e instanceof IllegalArgumentException) {
            return new MojoExecutionException("Cleave: " + e.getMessage(), e);
        }
        return new MojoExecutionException("Cleave: internal error, please report it: " + e, e);
    }
}
