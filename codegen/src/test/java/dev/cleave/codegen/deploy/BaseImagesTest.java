package dev.cleave.codegen.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local base image: docker-save structure, the files a JRE needs to run, and reproducible bytes. */
class BaseImagesTest {
    private static final Path WORK = Path.of("target", "base-images-test").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path first;
    private static Path second;

    @BeforeAll
    static void buildTwice() {
        Path javaHome = Path.of(System.getProperty("java.home"));
        first = BaseImages.buildLocalBase(javaHome, WORK.resolve("first/base.tar"));
        second = BaseImages.buildLocalBase(javaHome, WORK.resolve("second/base.tar"));
    }

    @AfterAll
    static void cleanUp() {
        Processes.deleteTree(WORK);
    }

    @Test
    void twoBuildsGiveTheSameBytes() throws IOException {
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    }

    @Test
    void leavesOnlyTheTarballBehind() throws IOException {
        try (var files = Files.list(first.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("base.tar");
        }
    }

    @Test
    void manifestNamesTheConfigAndOneDiffIdPerLayer() throws IOException {
        Map<String, TarReader.Entry> image = TarReader.read(first);
        JsonNode manifest = JSON.readTree(image.get("manifest.json").content());
        assertThat(manifest).hasSize(1);
        JsonNode config = JSON.readTree(image.get(manifest.get(0).get("Config").asText()).content());
        List<String> layers = new ArrayList<>();
        manifest.get(0).get("Layers").forEach(layer -> layers.add(layer.asText()));
        List<String> diffIds = new ArrayList<>();
        config.get("rootfs").get("diff_ids").forEach(id -> diffIds.add(id.asText()));

        assertThat(layers).hasSize(2).hasSameSizeAs(diffIds);
        for (int i = 0; i < layers.size(); i++) {
            assertThat(image).containsKey(layers.get(i));
            assertThat("sha256:" + Digests.sha256(image.get(layers.get(i)).content())).isEqualTo(diffIds.get(i));
        }
        String configName = manifest.get(0).get("Config").asText();
        assertThat(configName).isEqualTo(Digests.sha256(image.get(configName).content()) + ".json");
        assertThat(config.get("os").asText()).isEqualTo("linux");
        assertThat(config.get("created").asText()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(config.get("config").get("Env").toString())
                .contains("PATH=/opt/java/openjdk/bin:").contains("JAVA_HOME=/opt/java/openjdk");
    }

    @Test
    void everyEntryIsOwnedByRootWithTimeZero() throws IOException {
        Map<String, TarReader.Entry> image = TarReader.read(first);
        List<TarReader.Entry> all = new ArrayList<>(image.values());
        for (String layer : layerNames(image)) {
            all.addAll(TarReader.read(image.get(layer).content()).values());
        }
        assertThat(all).hasSizeGreaterThan(100)
                .allSatisfy(e -> {
                    assertThat(e.uid()).as(e.name()).isZero();
                    assertThat(e.gid()).as(e.name()).isZero();
                    assertThat(e.mtime()).as(e.name()).isZero();
                });
    }

    @Test
    void layersHoldTheJreItsLibrariesAndTheSystemFiles() throws IOException {
        Map<String, TarReader.Entry> image = TarReader.read(first);
        List<String> layers = layerNames(image);
        Map<String, TarReader.Entry> system = TarReader.read(image.get(layers.get(0)).content());
        Map<String, TarReader.Entry> jre = TarReader.read(image.get(layers.get(1)).content());

        assertThat(new String(system.get("etc/passwd").content())).startsWith("root:x:0:0:")
                .contains("\nnonroot:x:65532:65532:");
        assertThat(new String(system.get("etc/group").content())).contains("\nnonroot:x:65532:");
        assertThat(system.get("tmp/").mode()).isEqualTo(01777);
        assertThat(system).containsKey("proc/");
        assertThat(system.keySet()).anyMatch(name -> name.matches(".*/libc\\.so\\.6"))
                .anyMatch(name -> name.matches(".*/ld-linux.*\\.so\\.\\d"));
        assertThat(jre.get("opt/java/openjdk/bin/java").mode()).isEqualTo(0755);
        assertThat(jre).containsKeys("opt/java/openjdk/lib/modules", "opt/java/openjdk/lib/server/libjvm.so");
        assertThat(jre.keySet()).noneMatch(name -> name.endsWith("libawt_xawt.so"));
        String release = new String(jre.get("opt/java/openjdk/release").content());
        assertThat(release).contains("java.sql").contains("jdk.unsupported");
    }

    @Test
    void entriesAreSortedWithParentsFirst() throws IOException {
        Map<String, TarReader.Entry> image = TarReader.read(first);
        for (String layer : layerNames(image)) {
            List<String> names = new ArrayList<>(TarReader.read(image.get(layer).content()).keySet());
            assertThat(names).isSortedAccordingTo((a, b) -> strip(a).compareTo(strip(b)));
        }
    }

    @Test
    void failsClearlyWithoutJlink() {
        Path notAJdk = WORK.resolve("not-a-jdk");
        assertThatThrownBy(() -> BaseImages.buildLocalBase(notAJdk, WORK.resolve("none/base.tar")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jlink").hasMessageContaining(notAJdk.toString());
    }

    @Test
    void failsClearlyWithoutLdd() throws IOException {
        Path emptyBin = Files.createDirectories(WORK.resolve("empty-bin"));
        Path javaHome = Path.of(System.getProperty("java.home"));
        assertThatThrownBy(() -> BaseImages.buildLocalBase(javaHome, WORK.resolve("none/base.tar"), emptyBin.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ldd not found");
        assertThat(WORK.resolve("none/base.tar")).doesNotExist();
    }

    private static List<String> layerNames(Map<String, TarReader.Entry> image) throws IOException {
        List<String> layers = new ArrayList<>();
        JSON.readTree(image.get("manifest.json").content()).get(0).get("Layers").forEach(l -> layers.add(l.asText()));
        return layers;
    }

    private static String strip(String name) {
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
