package dev.cleave.analyzer.internal.resolve;

import dev.cleave.analyzer.AnalyzerException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Types of the running JDK ({@code jrt:/}) and of the given classpath (jars and class folders), read lazily
 * from class files and cached. Thread-safe. The JDK comes first, then the classpath in the given order.
 */
public final class LibraryTypes implements Closeable {
    private final Map<String, Path> jdkPackages = new HashMap<>();
    private final List<ZipFile> jars = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private final Set<String> packages = new HashSet<>();
    private final Map<String, Optional<TypeInfo>> cache = new ConcurrentHashMap<>();

    /** @throws AnalyzerException when a classpath entry is missing or unreadable */
    public LibraryTypes(List<Path> classpath) {
        openJdk();
        for (Path entry : classpath) {
            if (Files.isDirectory(entry)) {
                folders.add(entry);
                indexFolder(entry);
            } else if (Files.isRegularFile(entry)) {
                openJar(entry);
            } else {
                throw new AnalyzerException("Classpath entry " + entry + " does not exist: give existing jars or"
                        + " class folders.");
            }
        }
    }

    private void openJdk() {
        try {
            FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
            try (DirectoryStream<Path> pkgs = Files.newDirectoryStream(jrt.getPath("/packages"))) {
                for (Path pkg : pkgs) {
                    String name = pkg.getFileName().toString();
                    try (DirectoryStream<Path> mods = Files.newDirectoryStream(pkg)) {
                        for (Path mod : mods) {
                            jdkPackages.putIfAbsent(name, jrt.getPath("/modules", mod.getFileName().toString(),
                                    name.replace('.', '/')));
                        }
                    }
                }
            }
            packages.addAll(jdkPackages.keySet());
        } catch (IOException | RuntimeException e) {
            // no jrt file system (a JRE 8 style runtime): JDK types stay unknown and count as external
        }
    }

    private void openJar(Path jar) {
        try {
            ZipFile zip = new ZipFile(jar.toFile());
            jars.add(zip);
            zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class"))
                    .forEach(n -> packages.add(packageOf(n)));
        } catch (IOException e) {
            throw new AnalyzerException("Cannot read classpath jar " + jar + ": " + e.getMessage(), e);
        }
    }

    private void indexFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(f -> f.toString().endsWith(".class"))
                    .forEach(f -> packages.add(packageOf(folder.relativize(f).toString().replace('\\', '/'))));
        } catch (IOException e) {
            throw new AnalyzerException("Cannot read classpath folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String packageOf(String classPath) {
        int slash = classPath.lastIndexOf('/');
        return slash < 0 ? "" : classPath.substring(0, slash).replace('/', '.');
    }

    /** All packages of the JDK and the classpath. */
    public Set<String> packages() {
        return java.util.Collections.unmodifiableSet(packages);
    }

    public boolean hasPackage(String name) {
        return packages.contains(name);
    }

    /** The type of this binary name, or null when no class file declares it. */
    public TypeInfo find(String binaryName) {
        Optional<TypeInfo> hit = cache.get(binaryName);
        if (hit == null) {
            hit = Optional.ofNullable(load(binaryName));
            Optional<TypeInfo> prior = cache.putIfAbsent(binaryName, hit);
            hit = prior != null ? prior : hit;
        }
        return hit.orElse(null);
    }

    private TypeInfo load(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        String pkg = dot < 0 ? "" : binaryName.substring(0, dot);
        if (!packages.contains(pkg)) {
            return null;
        }
        String file = binaryName.substring(dot + 1) + ".class";
        String entry = binaryName.replace('.', '/') + ".class";
        try {
            Path jdk = jdkPackages.get(pkg);
            if (jdk != null && Files.isRegularFile(jdk.resolve(file))) {
                return ClassFileReader.read(Files.readAllBytes(jdk.resolve(file)));
            }
            for (ZipFile zip : jars) {
                ZipEntry e = zip.getEntry(entry);
                if (e != null) {
                    try (InputStream in = zip.getInputStream(e)) {
                        return ClassFileReader.read(in.readAllBytes());
                    }
                }
            }
            for (Path folder : folders) {
                Path f = folder.resolve(entry);
                if (Files.isRegularFile(f)) {
                    return ClassFileReader.read(Files.readAllBytes(f));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    @Override
    public void close() {
        for (ZipFile zip : jars) {
            try {
                zip.close();
            } catch (IOException e) {
                // closing a read-only jar cannot lose data
            }
        }
    }
}
