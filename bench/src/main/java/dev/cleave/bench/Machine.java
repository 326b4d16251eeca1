package dev.cleave.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a benchmark ran on, as printed in the report's header.
 *
 * @param cpu   CPU model, or "unknown"
 * @param cores processors available to the JVM
 * @param ramGb physical memory in GiB
 * @param os    operating system and kernel
 * @param jdk   vendor and version of the JVM that runs the contenders
 */
record Machine(String cpu, int cores, double ramGb, String os, String jdk) {

    static Machine current() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Machine(
                firstValue(Path.of("/proc/cpuinfo"), "model name", ':').orElse("unknown"),
                Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (double) (1L << 30),
                firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", '=').map(v -> v.replace("\"", ""))
                        .orElse(System.getProperty("os.name")) + ", kernel " + System.getProperty("os.version"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
    }

    /** The one-minute load average, or -1 where the platform has none. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    String describe() {
        return String.format(Locale.ROOT, "%s, %d cores, %.0f GiB RAM, %s, JDK %s", cpu, cores, ramGb, os, jdk);
    }

    private static java.util.Optional<String> firstValue(Path file, String key, char separator) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key) && l.indexOf(separator) > 0)
                    .map(l -> l.substring(l.indexOf(separator) + 1).trim()).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
