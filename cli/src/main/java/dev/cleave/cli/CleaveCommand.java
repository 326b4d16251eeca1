package dev.cleave.cli;

import picocli.CommandLine.Command;

/** The top-level {@code cleave} command; each stage is a sub-command. */
@Command(name = "cleave", mixinStandardHelpOptions = true, version = "Cleave 0.1.0-SNAPSHOT",
        description = "Turns a legacy Java monolith into running, containerized microservices.",
        subcommands = {AnalyzeCommand.class, SplitCommand.class, CompareCommand.class, MetricsCommand.class,
                GenerateCommand.class, CheckCommand.class, UiCommand.class,
                picocli.CommandLine.HelpCommand.class})
final class CleaveCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
