package dev.cleave.web.upload;

import dev.cleave.web.upload.SafeUnzip.Limits;
import dev.cleave.web.upload.SafeUnzip.Result;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unpacking uploads: normal archives come out whole; hostile ones are refused and leave nothing behind, neither in
 * the target folder nor next to it.
 */
class SafeUnzipTest {
    private static final long MIB = 1024 * 1024;

    /** 200 MiB of zeros that deflate to about 200 KiB, built once. */
    @TempDir
    static Path bombs;
    private static Path bomb;

    /** Holds the upload and the target; after a refusal it must hold the upload only. */
    @TempDir
    Path sandbox;
    private Path upload;
    private Path target;

    @BeforeAll
    static void buildBomb() throws IOException {
        bomb = Zips.zeros(bombs.resolve("bomb.zip"), "data/zeros.bin", 200);
        assertThat(Files.size(bomb)).isLessThan(MIB);
    }

    @BeforeEach
    void paths() {
        upload = sandbox.resolve("upload.zip");
        target = sandbox.resolve("unpacked");
    }

    @AfterEach
    void nothingWasWrittenOutsideTheTarget() throws IOException {
        try (Stream<Path> files = Files.walk(sandbox)) {
            assertThat(files.filter(path -> !path.equals(sandbox) && !path.equals(upload)
                    && !path.startsWith(target))).isEmpty();
        }
    }

    @Test
    void aNormalArchiveUnpacksWithItsNestedFolders() throws IOException {
        Zips.of(upload, "shop/", "shop/pom.xml", "shop/src/main/java/com/x/Order.java",
                "shop/src/main/resources/application.properties", "shop/src/test/");

        Result result = SafeUnzip.unzip(upload, target, Limits.DEFAULTS);

        assertThat(result.files()).isEqualTo(3);
        assertThat(result.directories()).isEqualTo(2);
        assertThat(result.bytes()).isEqualTo(Files.size(target.resolve("shop/pom.xml"))
                + Files.size(target.resolve("shop/src/main/java/com/x/Order.java"))
                + Files.size(target.resolve("shop/src/main/resources/application.properties")));
        assertThat(target.resolve("shop/src/main/java/com/x/Order.java"))
                .hasContent("content of shop/src/main/java/com/x/Order.java");
        assertThat(target.resolve("shop/src/test")).isEmptyDirectory();
        assertThat(SafeUnzip.projectRoot(target)).isEqualTo(target.resolve("shop"));
    }

    @Test
    void anExistingEmptyTargetIsUsedAndDotSegmentsInsideTheArchiveAreFine() throws IOException {
        Files.createDirectories(target);
        Zips.of(upload, "./pom.xml", "src/../README.md", "src//main/A.java");

        SafeUnzip.unzip(upload, target, Limits.DEFAULTS);

        assertThat(target.resolve("pom.xml")).exists();
        assertThat(target.resolve("README.md")).exists();
        assertThat(target.resolve("src/main/A.java")).exists();
        assertThat(SafeUnzip.projectRoot(target)).isEqualTo(target);
    }

    @Test
    void theProjectRootIgnoresMacOsMetadata() throws IOException {
        Zips.of(upload, "shop/pom.xml", "__MACOSX/shop/._pom.xml", ".DS_Store");

        SafeUnzip.unzip(upload, target, Limits.DEFAULTS);

        assertThat(SafeUnzip.projectRoot(target)).isEqualTo(target.resolve("shop"));
    }

    /** Names without '/' are stored with '\\' turned into '/' by commons-compress, as zip tools on Windows do. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../evil.txt", "..\\evil.txt", "a/../../evil.txt", "a/b/../../../evil.txt",
            "a/..\\..\\evil.txt", "/tmp/cleave-zip-slip-evil.txt", "C:\\evil.txt", "c:/evil.txt",
            "\\\\server\\share\\evil.txt"})
    void zipSlipEntriesAreRefusedBeforeAnythingIsWritten(String name) throws IOException {
        Zips.of(upload, "ok/pom.xml", name);

        assertRefused(name.contains("/") ? name : name.replace('\\', '/'), "zip-slip");
        assertThat(Path.of("/tmp/cleave-zip-slip-evil.txt")).doesNotExist();
    }

    @Test
    void aZipSlipIntoAnExistingEmptyTargetLeavesItEmpty() throws IOException {
        Files.createDirectories(target);
        Zips.of(upload, "ok/pom.xml", "../evil.txt");

        assertThatThrownBy(() -> SafeUnzip.unzip(upload, target, Limits.DEFAULTS))
                .isInstanceOf(UnsafeArchiveException.class);

        assertThat(target).isEmptyDirectory();
    }

    @Test
    void aSymbolicLinkEntryIsRefused() throws IOException {
        Zips.withSymlink(upload, "shop/passwd", "/etc/passwd");

        assertRefused("shop/passwd", "symbolic link");
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatio() {
        upload = bomb;

        assertRefused(Limits.DEFAULTS, "data/zeros.bin", "200 times its compressed size");
    }

    @Test
    void aZipBombIsRefusedByTheTotalWhenTheRatioWouldAllowIt() {
        upload = bomb;

        assertRefused(new Limits(20_000, 100 * MIB, 512 * MIB, 1_000_000), "data/zeros.bin",
                "past 100 MiB unpacked, the limit in total");
    }

    @Test
    void aZipBombIsRefusedByTheLimitPerEntryWhenTheRatioWouldAllowIt() {
        upload = bomb;

        assertRefused(new Limits(20_000, 512 * MIB, 64 * MIB, 1_000_000), "data/zeros.bin",
                "more than 64 MiB, the limit per file");
    }

    @Test
    void sizesInTheHeadersAreNotTrusted() throws IOException {
        Zips.lyingAboutSizes(Zips.zeros(upload, "data/zeros.bin", 20), 100);
        try (ZipFile zip = ZipFile.builder().setPath(upload).get()) {
            assertThat(zip.getEntry("data/zeros.bin").getSize()).as("the size the headers claim").isEqualTo(100);
        }

        assertRefused(new Limits(20_000, 512 * MIB, 10 * MIB, 1_000_000), "data/zeros.bin",
                "more than 10 MiB, the limit per file");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Zips.of(upload, "a", "b", "c", "d");

        assertRefused(new Limits(3, MIB, MIB, 200), "d", "4 entries, more than the limit of 3");
    }

    @Test
    void aFileThatIsNotAZipIsRefusedClearly() throws IOException {
        Files.writeString(upload, "this is a text file, not an archive\n");

        assertRefused(Limits.DEFAULTS, "", "not a zip archive");
    }

    @Test
    void aTruncatedZipIsRefusedClearly() throws IOException {
        Path whole = Zips.of(sandbox.resolve("whole.zip"), "shop/pom.xml", "shop/src/A.java");
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        Files.write(upload, Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(Limits.DEFAULTS, "", "not a zip archive or is damaged");
    }

    @Test
    void anEntryListedTwiceIsRefused() throws IOException {
        Zips.of(upload, "shop/pom.xml", "shop/./pom.xml");

        assertRefused("shop/./pom.xml", "twice");
    }

    @Test
    void aTargetThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep.txt"), "mine");
        Zips.of(upload, "pom.xml");

        assertThatThrownBy(() -> SafeUnzip.unzip(upload, target, Limits.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(target + " is not empty: unpack into a new or empty folder");

        try (Stream<Path> files = Files.list(target)) {
            assertThat(files).containsExactly(target.resolve("keep.txt"));
        }
        assertThat(target.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new Limits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRefused(String entry, String reason) {
        assertRefused(Limits.DEFAULTS, entry, reason);
    }

    /** Refused with a message naming the entry and the reason; the target (created by unzip) is gone again. */
    private void assertRefused(Limits limits, String entry, String reason) {
        assertThatThrownBy(() -> SafeUnzip.unzip(upload, target, limits))
                .isInstanceOf(UnsafeArchiveException.class)
                .hasMessageContaining(entry.isEmpty() ? "" : "'" + entry + "'")
                .hasMessageContaining(reason);
        assertThat(target).doesNotExist();
        assertThat(sandbox.toFile().list()).isSubsetOf(List.of("upload.zip").toArray(new String[0]));
    }
}
