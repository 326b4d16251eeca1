package dev.cleave.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Entry point of the {@code cleave} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** Runs the command line with the given streams and returns the exit code (0 ok, 1 bad input, 2 usage). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CleaveCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new UserErrors());
        return commandLine.execute(args);
    }
}
