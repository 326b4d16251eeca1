package dev.cleave.web.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleave.web.WizardProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every API call looks its project up: the file is read again only when it changed, and a removed one is gone. */
class ProjectsTest {
    @TempDir
    Path dir;

    @Test
    void aProjectFileChangedOutsideIsReadAgainAndARemovedProjectIsNotFound() throws IOException {
        Files.createDirectories(dir.resolve("shop/src"));
        Projects projects = new Projects(new Workspace(new WizardProperties(dir, "", DataSize.ofMegabytes(1))),
                new ObjectMapper(), new WizardProperties(dir, "", DataSize.ofMegabytes(1)));
        Project created = projects.fromFolder("shop", "Shop");
        assertThat(projects.get(created.id())).isEqualTo(created).isSameAs(projects.get(created.id()));

        Path file = projects.dir(created).resolve("project.json");
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, Files.readString(file).replace("\"Shop\"", "\"Shop (renamed by hand)\""));
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
        assertThat(projects.get(created.id()).name()).isEqualTo("Shop (renamed by hand)");

        projects.remove(created.id());
        assertThatThrownBy(() -> projects.get(created.id())).isInstanceOf(ProjectNotFoundException.class);
    }
}
