package dev.cleave.analyzer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Extracts packages of the JDK 25 sources that every Cleave machine has, for tests on code we did not write. */
final class JdkSources {
    private JdkSources() {
    }

    /** The {@code lib/src.zip} of the Temurin 25 JDK beside the default JDK. */
    static Path sourceZip() throws IOException {
        try (DirectoryStream<Path> jdks = Files.newDirectoryStream(Path.of("/usr/lib/jvm"), "temurin-25*")) {
            for (Path jdk : jdks) {
                Path zip = jdk.resolve("lib/src.zip");
                if (Files.isRegularFile(zip)) {
                    return zip;
                }
            }
        }
        throw new IllegalStateException("no /usr/lib/jvm/temurin-25*/lib/src.zip: install the Temurin 25 JDK"
                + " (see ../shared/design/ENVIRONMENT.md) or pass -Dcleave.crossCheckRoot=<source tree>");
    }

    /** Extracts the {@code .java} files directly in the given zip folders (e.g. "java.base/java/util/function/"). */
    static Path extract(Path target, String... folders) throws IOException {
        Path root = target.resolve("jdk");
        try (ZipFile zip = new ZipFile(sourceZip().toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                for (String folder : folders) {
                    String rest = entry.getName().startsWith(folder) ? entry.getName().substring(folder.length()) : null;
                    if (rest != null && rest.endsWith(".java") && !rest.contains("/")) {
                        Path out = root.resolve(entry.getName().substring("java.base/".length())).normalize();
                        Files.createDirectories(out.getParent());
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
        return root;
    }
}
