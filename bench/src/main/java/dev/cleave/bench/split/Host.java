package dev.cleave.bench.split;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The machine the benchmark ran on (as the analyzer bench's {@code Machine}) and its load average. */
public final class Host {
    private Host() {
    }

    public static String describe() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%s, %d cores, %.0f GiB RAM, %s, kernel %s, JDK %s %s",
                firstValue(Path.of("/proc/cpuinfo"), "model name", ':').orElse("unknown"),
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / (double) (1L << 30),
                firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", '=').map(v -> v.replace("\"", ""))
                        .orElse(System.getProperty("os.name")), System.getProperty("os.version"),
                System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"));
    }

    /** The one-minute load average, or -1 where the platform has none. */
    public static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Milliseconds the collectors report so far. */
    public static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static Optional<String> firstValue(Path file, String key, char separator) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key) && l.indexOf(separator) > 0)
                    .map(l -> l.substring(l.indexOf(separator) + 1).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
