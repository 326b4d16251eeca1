package dev.cleave.web.upload;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only existing folders under the workspace root get through, whatever the path or its links say. */
class WorkspacePathsTest {
    @TempDir
    Path temp;
    private Path root;
    private Path realRoot;
    private Path outside;

    @BeforeEach
    void layout() throws IOException {
        root = Files.createDirectories(temp.resolve("workspace"));
        realRoot = root.toRealPath();
        Files.createDirectories(root.resolve("shop/src"));
        Files.writeString(root.resolve("shop/pom.xml"), "<project/>");
        outside = Files.createDirectories(temp.resolve("secrets"));
    }

    @Test
    void aRelativeFolderUnderTheRootIsReturnedAsItsRealPath() {
        assertThat(WorkspacePaths.inside(root, "shop")).isEqualTo(realRoot.resolve("shop"));
        assertThat(WorkspacePaths.inside(root, "shop/src/")).isEqualTo(realRoot.resolve("shop/src"));
        assertThat(WorkspacePaths.inside(root, "shop/src/../src")).isEqualTo(realRoot.resolve("shop/src"));
        assertThat(WorkspacePaths.inside(root, ".")).isEqualTo(realRoot);
    }

    @Test
    void anAbsoluteFolderUnderTheRootIsFine() {
        assertThat(WorkspacePaths.inside(root, root.resolve("shop").toString())).isEqualTo(realRoot.resolve("shop"));
    }

    @Test
    void aLinkThatStaysInsideTheRootIsFollowed() throws IOException {
        Files.createSymbolicLink(root.resolve("current"), root.resolve("shop"));

        assertThat(WorkspacePaths.inside(root, "current")).isEqualTo(realRoot.resolve("shop"));
    }

    @Test
    void dotDotEscapesAreOutside() {
        assertOutside("../secrets");
        assertOutside("shop/../../secrets");
        assertOutside("..");
    }

    @Test
    void escapesAreOutsideEvenWhenTheyDoNotExist() {
        assertOutside("../no-such-folder");
        assertOutside("/no/such/folder");
    }

    @Test
    void anAbsolutePathElsewhereIsOutside() {
        assertOutside(outside.toString());
        assertOutside("/etc");
    }

    @Test
    void aLinkInsideTheRootThatLeadsOutIsOutside() throws IOException {
        Files.createSymbolicLink(root.resolve("escape"), outside);

        assertThatThrownBy(() -> WorkspacePaths.inside(root, "escape"))
                .isInstanceOf(OutsideWorkspaceException.class)
                .hasMessage("escape is outside the workspace " + realRoot + " (a symbolic link leads out of it):"
                        + " choose a folder under " + realRoot + " or start the wizard with --workspace <dir>");
        assertThatThrownBy(() -> WorkspacePaths.inside(root, "escape/"))
                .isInstanceOf(OutsideWorkspaceException.class);
    }

    @Test
    void aFolderThatDoesNotExistIsSaidSo() {
        assertThatThrownBy(() -> WorkspacePaths.inside(root, "shpo"))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(OutsideWorkspaceException.class)
                .hasMessage("shpo does not exist in the workspace " + realRoot + ": check the spelling, or choose"
                        + " another folder under " + realRoot);
    }

    @Test
    void aFileIsNotAFolder() {
        assertThatThrownBy(() -> WorkspacePaths.inside(root, "shop/pom.xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(OutsideWorkspaceException.class)
                .hasMessageStartingWith("shop/pom.xml is a file, not a folder");
    }

    @Test
    void aBlankOrInvalidPathIsSaidSo() {
        assertThatThrownBy(() -> WorkspacePaths.inside(root, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no folder given");
        assertThatThrownBy(() -> WorkspacePaths.inside(root, "shop\0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a valid path");
    }

    @Test
    void aMissingWorkspaceIsAConfigurationError() {
        assertThatThrownBy(() -> WorkspacePaths.inside(temp.resolve("nope"), "shop"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--workspace <dir>");
    }

    private void assertOutside(String userPath) {
        assertThatThrownBy(() -> WorkspacePaths.inside(root, userPath))
                .isInstanceOf(OutsideWorkspaceException.class)
                .hasMessage(userPath + " is outside the workspace " + realRoot + ": choose a folder under " + realRoot
                        + " or start the wizard with --workspace <dir>");
    }
}
