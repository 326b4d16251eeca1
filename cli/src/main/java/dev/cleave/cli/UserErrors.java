package dev.cleave.cli;

import dev.cleave.analyzer.AnalyzerException;
import dev.cleave.codegen.GenerationException;
import dev.cleave.model.ModelFormatException;
import dev.cleave.splitter.SplitException;
import picocli.CommandLine;

import java.io.UncheckedIOException;

/**
 * Turns errors into messages: bad input (a wrong path, a malformed file) gets its message and exit code 1 with
 * no stack trace; anything else is a Cleave bug and is printed in full so it can be reported.
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 1;
    static final int INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        if (e instanceof AnalyzerException || e instanceof ModelFormatException || e instanceof SplitException
                || e instanceof GenerationException
                || e instanceof UncheckedIOException
                || e instanceof IllegalArgumentException) {
            commandLine.getErr().println("cleave: " + e.getMessage());
            return BAD_INPUT;
        }
        commandLine.getErr().println("cleave: internal error (please report it with the trace below): " + e);
        e.printStackTrace(commandLine.getErr());
        return INTERNAL;
    }
}
