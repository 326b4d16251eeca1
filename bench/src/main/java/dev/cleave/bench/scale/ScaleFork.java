package dev.cleave.bench.scale;

import dev.cleave.bench.ContenderMain;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Runs {@link ContenderMain} in the JVM {@link ScaleBench} forked, then adds to its outcome file the CPU time the
 * whole process used ({@code cpuNanos}: all threads, JVM start and the final collections included): on a machine
 * that others share, the wall time depends on their load, the CPU time much less.
 *
 * <p>Arguments: those of {@link ContenderMain} (contender, corpus root, threads, outcome file).
 */
public final class ScaleFork {
    private ScaleFork() {
    }

    public static void main(String[] args) throws IOException {
        ContenderMain.main(args);
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        try (Writer out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND)) {
            out.write("cpuNanos=" + cpu + "\n");
        }
    }
}
