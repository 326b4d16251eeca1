package dev.cleave.codegen.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The operating system's shared libraries that a JRE's launchers and native libraries load, as {@code ldd} reports. */
final class SharedLibraries {
    /** {@code libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x...)} or {@code /lib64/ld-linux-x86-64.so.2 (0x...)}. */
    private static final Pattern RESOLVED = Pattern.compile("^\\s+(?:\\S+ => )?(/\\S+) \\(0x[0-9a-f]+\\)$");

    private SharedLibraries() {
    }

    /**
     * Runs {@code ldd} on the JRE's {@code bin/*} and {@code lib/**.so}.
     *
     * @return absolute path as {@code ldd} names it → the file to copy there, sorted; libraries inside the JRE and
     *         unresolved ones (libjvm, found at run time through the launcher) are left out
     */
    static SortedMap<String, Path> of(Path ldd, Path jre, Path work) throws IOException {
        List<String> command = new ArrayList<>(List.of(ldd.toString()));
        for (Path file : BaseImages.filesBelow(jre)) {
            String name = file.getFileName().toString();
            if (file.getParent().equals(jre.resolve("bin")) || name.endsWith(".so")) {
                command.add(file.toString());
            }
        }
        String output = Processes.run(work, command);
        SortedMap<String, Path> libraries = new TreeMap<>();
        for (String line : output.split("\n")) {
            Matcher m = RESOLVED.matcher(line);
            if (m.matches()) {
                Path library = Path.of(m.group(1)).normalize();
                if (!library.startsWith(jre) && Files.isRegularFile(library)) {
                    libraries.put(library.toString(), library.toRealPath());
                }
            }
        }
        if (libraries.keySet().stream().noneMatch(p -> p.contains("/libc.so"))) {
            throw new IllegalStateException("ldd reported no C library for the JRE in " + jre + ":\n" + output);
        }
        return libraries;
    }
}
