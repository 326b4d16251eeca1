package dev.cleave.codegen.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings are read as Boot binds them: a name written in camel case or with dashes is the same setting (a
 * domain-driven sample writes its database as {@code spring: dataSource: url:} in YAML, which Boot uses as
 * {@code spring.datasource.url}; the database module served Boot's default in-memory database name instead).
 */
class MonolithSettingsTest {
    @TempDir
    Path dir;

    @Test
    void aCamelCaseOrDashedNameInYamlOrPropertiesIsTheSettingBootBinds() throws IOException {
        Files.writeString(dir.resolve("application.yml"), """
                spring:
                    dataSource:
                        url: jdbc:hsqldb:mem:cargo
                server:
                    servlet:
                        context-path: /app
                """);
        Files.writeString(dir.resolve("application.properties"), "spring.jpa.open-in-view=false\n"
                + "spring.datasource.user-name=sa\n");

        MonolithSettings settings = MonolithSettings.read(dir);

        assertThat(settings.value("spring.datasource.url")).isEqualTo("jdbc:hsqldb:mem:cargo");
        assertThat(settings.value("server.servlet.context-path")).isEqualTo("/app");
        assertThat(settings.value("spring.jpa.openInView")).isEqualTo("false");
        assertThat(settings.value("spring.datasource.username")).isEqualTo("sa");
        assertThat(settings.value("spring.datasource.password")).isNull();
    }
}
