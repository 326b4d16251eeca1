package dev.cleave.analyzer.incremental;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A separate JVM for the kill test: analyzes a project with a cache over and over, adding a method to a class before
 * each run (a signature change that every user of the class re-resolves), so that every run rewrites many entries,
 * until it is killed. It prints {@code done N} after its run N, so the test can kill it during a chosen run.
 */
public final class CacheWriter {
    private CacheWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        Path file = Path.of(args[2]);
        String text = Files.readString(file);
        for (int i = 0; ; i++) {
            int end = text.lastIndexOf('}');
            // written aside and moved in, so that a kill never leaves a half-written source for the next writer
            Path aside = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(aside, text.substring(0, end) + "    public void cleaveRun" + i + "() {}\n"
                    + text.substring(end));
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Runs.cached(project, List.of(), cache);
            System.out.println("done " + i);
            System.out.flush();
        }
    }
}
