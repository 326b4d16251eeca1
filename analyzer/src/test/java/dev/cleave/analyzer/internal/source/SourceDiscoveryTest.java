package dev.cleave.analyzer.internal.source;

import static dev.cleave.analyzer.internal.source.Fixtures.fixture;
import static dev.cleave.analyzer.internal.source.Fixtures.relative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.analyzer.AnalyzerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDiscoveryTest {

    @Test
    void mavenMultiModuleFindsMainRootsAtAnyDepthAndNamesTheProjectAfterTheRootArtifact() {
        Path root = fixture("layout-maven-multimodule");
        SourceLayout layout = SourceLayout.discover(root, false);

        assertThat(layout.name()).isEqualTo("shop-parent");
        assertThat(relative(root, layout.sourceRoots())).containsExactly(
                "core/src/main/java", "services/billing/src/main/java", "web/src/main/java");
        assertThat(relative(root, layout.javaFiles())).containsExactly(
                "core/src/main/java/com/acme/core/Money.java",
                "core/src/main/java/com/acme/core/test/TestData.java",
                "services/billing/src/main/java/com/acme/billing/Invoice.java",
                "web/src/main/java/com/acme/web/OrderController.java");
        assertThat(relative(root, layout.descriptorFiles())).containsExactly(
                "core/src/main/resources/mappers/OrderMapper.xml",
                "services/billing/src/main/resources/applicationContext.xml",
                "web/src/main/webapp/WEB-INF/web.xml");
    }

    @Test
    void testSourcesAndTheirDescriptorsAreIncludedOnlyWhenAskedFor() {
        Path root = fixture("layout-maven-multimodule");
        SourceLayout layout = SourceLayout.discover(root, true);

        assertThat(relative(root, layout.sourceRoots())).containsExactly("core/src/main/java",
                "core/src/test/java", "services/billing/src/main/java", "web/src/main/java");
        assertThat(relative(root, layout.javaFiles())).contains("core/src/test/java/com/acme/core/MoneyTest.java");
        assertThat(relative(root, layout.descriptorFiles())).contains("core/src/test/resources/test-beans.xml");
    }

    @Test
    void gradleLayoutSkipsBuildOutputGroovyAndIntegrationTestsAndReadsTheSettingsName() {
        Path root = fixture("layout-gradle");
        SourceLayout layout = SourceLayout.discover(root, false);

        assertThat(layout.name()).isEqualTo("inventory");
        assertThat(relative(root, layout.javaFiles())).containsExactly(
                "app/src/main/java/com/acme/inventory/Stock.java");
        assertThat(relative(root, SourceLayout.discover(root, true).sourceRoots()))
                .containsExactly("app/src/integrationTest/java", "app/src/main/java");
    }

    @Test
    void plainSrcTreeIgnoresCommentedPackagesAndAntOutputAndIsNamedAfterItsFolder() {
        Path root = fixture("layout-plain-src");
        SourceLayout layout = SourceLayout.discover(root, false);

        assertThat(layout.name()).isEqualTo("layout-plain-src");
        assertThat(relative(root, layout.sourceRoots())).containsExactly("src");
        assertThat(relative(root, layout.javaFiles())).containsExactly("src/com/acme/library/Book.java");
        assertThat(relative(root, layout.descriptorFiles())).containsExactly(
                "WebContent/WEB-INF/struts-config.xml", "WebContent/WEB-INF/web.xml");
        assertThat(relative(root, SourceLayout.discover(root, true).sourceRoots())).containsExactly("src", "test");
    }

    @Test
    void barePackageTreeInfersEachRootFromThePackageDeclaration() {
        Path root = fixture("layout-packages-only");
        SourceLayout layout = SourceLayout.discover(root, false);

        assertThat(relative(root, layout.sourceRoots())).containsExactly("", "misc");
        assertThat(relative(root, layout.javaFiles())).containsExactly(
                "Main.java",
                "com/acme/billing/InvoiceService.java",
                "com/acme/billing/internal/Ledger.java",
                "com/acme/billing/package-info.java",
                "misc/Stray.java");
    }

    @Test
    void warAndEarLayoutsFindWebInfClassesEjbModulesAndTheirDescriptorsButNotNodeModules() {
        Path root = fixture("layout-war");
        SourceLayout layout = SourceLayout.discover(root, false);

        assertThat(relative(root, layout.sourceRoots())).containsExactly(
                "WebRoot/WEB-INF/classes", "orders-ejb/ejbModule", "src");
        assertThat(relative(root, layout.descriptorFiles())).containsExactly(
                "WebRoot/WEB-INF/web.xml",
                "orders-ejb/ejbModule/META-INF/broken-web.xml",
                "orders-ejb/ejbModule/META-INF/ejb-jar.xml");
    }

    @Test
    void generatedSourcesUnderTargetAndHiddenFoldersAreNeverRead(@TempDir Path dir) throws IOException {
        write(dir.resolve("pom.xml"), "<project><artifactId>demo</artifactId></project>");
        write(dir.resolve("src/main/java/a/A.java"), "package a; class A {}");
        write(dir.resolve("target/generated-sources/annotations/a/A_.java"), "package a; class A_ {}");
        write(dir.resolve(".idea/a/B.java"), "package a; class B {}");

        SourceLayout layout = SourceLayout.discover(dir, true);

        assertThat(layout.name()).isEqualTo("demo");
        assertThat(relative(dir, layout.javaFiles())).containsExactly("src/main/java/a/A.java");
        assertThat(layout.root()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void missingFolderIsAUserError(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> SourceLayout.discover(missing, false))
                .isInstanceOf(AnalyzerException.class)
                .hasMessage("the project folder " + missing + " does not exist: check the path");
    }

    @Test
    void fileInsteadOfFolderIsAUserError(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("A.java"), "class A {}");
        assertThatThrownBy(() -> SourceLayout.discover(file, false))
                .isInstanceOf(AnalyzerException.class)
                .hasMessageStartingWith(file + " is a file, not a folder");
    }

    @Test
    void treeWithoutJavaSourcesIsAUserError(@TempDir Path dir) throws IOException {
        write(dir.resolve("README.md"), "hello");
        write(dir.resolve("src/test/java/a/ATest.java"), "package a; class ATest {}");
        assertThatThrownBy(() -> SourceLayout.discover(dir, false))
                .isInstanceOf(AnalyzerException.class)
                .hasMessage("no Java sources found under " + dir + ": point Cleave at the project folder that "
                        + "contains src/ or the packages");
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
