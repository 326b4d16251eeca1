package dev.cleave.codegen.deploy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds a Java base image without Docker or a registry: a tarball in {@code docker save} format that Jib reads
 * as {@code tar:///abs/path/base.tar}.
 *
 * <p>The image has two layers. The first holds what the JRE needs from the operating system: the shared libraries
 * {@code ldd} reports for its launchers and native libraries (glibc, the dynamic loader, libz, libstdc++...) copied
 * to the paths {@code ldd} names, {@code /etc/passwd} and {@code /etc/group} with root, nobody and the user
 * generated images run as ({@code nonroot}, {@link DeployOptions#CONTAINER_USER_ID}, no home), {@code /tmp}
 * (mode 1777) and empty {@code /proc}, {@code /dev} and {@code /sys} mount points. The second holds a JRE that
 * {@code jlink} makes from the JDK's {@code jmods} with the modules a Spring Boot application uses ({@link #MODULES}),
 * installed at {@value #JAVA_HOME_IN_IMAGE}. The image configuration sets {@code PATH}, {@code JAVA_HOME} and
 * {@code LANG}.
 *
 * <p>The JRE is headless: the native libraries of AWT windows, sound, fonts and image codecs are left out (they would
 * pull in X11, ALSA and FreeType). Every archive entry has modification time 0 and owner 0, and entries are sorted,
 * so two builds from the same JDK on the same machine give the same bytes.
 */
public final class BaseImages {
    /** Where the JRE lives in the image; also its {@code JAVA_HOME}. */
    public static final String JAVA_HOME_IN_IMAGE = "/opt/java/openjdk";
    /** The image's {@code PATH}: the JRE's launchers first, then the usual system directories. */
    public static final String PATH_IN_IMAGE = JAVA_HOME_IN_IMAGE + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    /** Modules of the JRE: what Spring Boot web, actuator, JDBC/JPA, JMX and TLS use. */
    public static final List<String> MODULES = List.of("java.base", "java.compiler", "java.desktop",
            "java.instrument", "java.logging", "java.management", "java.naming", "java.net.http", "java.prefs",
            "java.rmi", "java.scripting", "java.security.jgss", "java.security.sasl", "java.sql",
            "java.transaction.xa", "java.xml", "jdk.charsets", "jdk.crypto.ec", "jdk.management", "jdk.naming.dns",
            "jdk.net", "jdk.unsupported", "jdk.zipfs");

    private static final List<String> LEFT_OUT_NATIVES = List.of("libawt_xawt.so", "libjawt.so",
            "libsplashscreen.so", "libjsound.so", "libfontmanager.so", "liblcms.so", "libjavajpeg.so");
    private static final int NONROOT = DeployOptions.CONTAINER_USER_ID;
    private static final String PASSWD = "root:x:0:0:root:/root:/sbin/nologin\n"
            + "nonroot:x:" + NONROOT + ":" + NONROOT + ":nonroot:/nonexistent:/sbin/nologin\n"
            + "nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n";
    private static final String GROUP = "root:x:0:\nnonroot:x:" + NONROOT + ":\nnogroup:x:65534:\n";

    private BaseImages() {
    }

    /**
     * Writes the base image tarball.
     *
     * @param javaHome  home of a JDK 11 or later with {@code bin/jlink} and {@code jmods/}
     *                  ({@code System.getProperty("java.home")} of a JDK)
     * @param targetTar the tarball to write; replaced when it exists; its directory is created when missing and also
     *                  holds a scratch directory while the image is built
     * @return {@code targetTar} as an absolute path
     * @throws IllegalStateException when {@code jlink}, the {@code jmods} or {@code ldd} are missing, or a tool fails
     * @throws UncheckedIOException  when reading the JRE or writing the tarball fails
     */
    public static Path buildLocalBase(Path javaHome, Path targetTar) {
        return buildLocalBase(javaHome, targetTar, System.getenv("PATH"));
    }

    /** As {@link #buildLocalBase(Path, Path)}, looking for {@code ldd} in {@code searchPath} instead of {@code PATH}. */
    static Path buildLocalBase(Path javaHome, Path targetTar, String searchPath) {
        Path jlink = javaHome.resolve("bin").resolve("jlink");
        Path jmods = javaHome.resolve("jmods");
        if (!Files.isExecutable(jlink) || !Files.isDirectory(jmods)) {
            throw new IllegalStateException("jlink or jmods not found in " + javaHome
                    + ": a local base image needs a full JDK (bin/jlink and jmods/), not a JRE;"
                    + " pass the home of a JDK 11 or later");
        }
        Path ldd = Processes.onPath("ldd", searchPath).orElseThrow(() -> new IllegalStateException(
                "ldd not found on PATH (" + searchPath + "): it lists the shared libraries the JRE"
                        + " needs; install it (Debian and Ubuntu: package libc-bin)"));
        Path target = targetTar.toAbsolutePath();
        Path work = null;
        try {
            Files.createDirectories(target.getParent());
            work = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
            Path jre = work.resolve("jre");
            Processes.run(work, List.of(jlink.toString(), "--module-path", jmods.toString(),
                    "--add-modules", String.join(",", MODULES), "--output", jre.toString(),
                    "--strip-java-debug-attributes", "--no-man-pages", "--no-header-files", "--compress=2",
                    "--exclude-files=" + String.join(",", LEFT_OUT_NATIVES.stream().map(n -> "**/" + n).toList())));
            Layer system = systemLayer(ldd, jre, work);
            Layer runtime = new Layer("jlink'ed JRE at " + JAVA_HOME_IN_IMAGE);
            runtime.addTree(JAVA_HOME_IN_IMAGE.substring(1), jre);
            writeImage(List.of(system, runtime), work, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the base image " + target + ": " + e.getMessage(), e);
        } finally {
            if (work != null) {
                Processes.deleteTree(work);
            }
        }
    }

    private static Layer systemLayer(Path ldd, Path jre, Path work) throws IOException {
        Layer layer = new Layer("system files and the shared libraries of the JRE");
        layer.addText("etc/passwd", PASSWD);
        layer.addText("etc/group", GROUP);
        layer.addDirectory("tmp", 01777);
        layer.addDirectory("proc", 0555);
        layer.addDirectory("sys", 0555);
        layer.addDirectory("dev", 0755);
        layer.addDirectory("root", 0700);
        for (Map.Entry<String, Path> library : SharedLibraries.of(ldd, jre, work).entrySet()) {
            layer.addFile(library.getKey().substring(1), 0755, library.getValue());
        }
        return layer;
    }

    private static void writeImage(List<Layer> layers, Path work, Path target) throws IOException {
        List<String> diffIds = new ArrayList<>();
        List<Path> layerFiles = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Path file = work.resolve("layer-" + i + ".tar");
            diffIds.add(layers.get(i).writeTo(file));
            layerFiles.add(file);
        }
        byte[] config = ImageJson.config(diffIds, layers.stream().map(Layer::description).toList(),
                PATH_IN_IMAGE, JAVA_HOME_IN_IMAGE).getBytes(StandardCharsets.UTF_8);
        String configName = Digests.sha256(config) + ".json";
        List<String> layerNames = diffIds.stream().map(id -> id + "/layer.tar").toList();
        byte[] manifest = ImageJson.manifest(configName, layerNames).getBytes(StandardCharsets.UTF_8);

        Path partial = work.resolve("image.tar");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
             TarWriter tar = new TarWriter(out)) {
            tar.file(configName, 0644, config);
            for (int i = 0; i < layerFiles.size(); i++) {
                tar.directory(diffIds.get(i), 0755);
                tar.file(layerNames.get(i), 0644, layerFiles.get(i));
            }
            tar.file("manifest.json", 0644, manifest);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** All regular files below {@code dir}, sorted by path. */
    static List<Path> filesBelow(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
