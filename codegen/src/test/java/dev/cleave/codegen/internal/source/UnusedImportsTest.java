package dev.cleave.codegen.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A class moved into a module that lacks a class it imports but never uses (a real Boot 2.7 application's). */
class UnusedImportsTest {
    @TempDir
    Path dir;

    @Test
    void anUnusedImportOfAClassTheModuleLacksGoesAndNothingElseChanges() throws IOException {
        write("src/main/java/app/security/SecurityConfig.java", """
                package app.security;

                import app.security.service.UserDetailsServiceImp;
                import app.security.service.UserServiceImpl;
                import app.security.service.Audit;
                import java.util.List;

                public class SecurityConfig {
                    private final UserDetailsServiceImp users = null;
                    private final List<String> open = List.of("/login");
                    @Audit
                    void configure() {
                    }
                }
                """);
        write("src/main/java/app/security/service/UserDetailsServiceImp.java",
                "package app.security.service;\npublic class UserDetailsServiceImp {}\n");
        write("src/main/java/app/security/service/UserServiceImpl.java",
                "package app.security.service;\npublic class UserServiceImpl {}\n");
        write("src/main/java/app/security/service/Audit.java",
                "package app.security.service;\npublic @interface Audit {}\n");
        Monolith monolith = Monolith.load(dir, List.of());
        SourceType config = monolith.type("app.security.SecurityConfig");
        Set<String> elsewhere = Set.of("app.security.service.UserServiceImpl", "app.security.service.Audit",
                "app.security.service.UserDetailsServiceImp");

        String kept = UnusedImports.drop(config, config.text(), elsewhere::contains, monolith);

        assertThat(kept).isEqualTo(config.text().replace("import app.security.service.UserServiceImpl;\n", ""))
                .as("used ones stay, even when absent: the plan check reports those")
                .contains("import app.security.service.UserDetailsServiceImp;", "import app.security.service.Audit;");
        assertThat(UnusedImports.drop(config, config.text(), t -> false, monolith))
                .as("nothing absent, nothing changes").isEqualTo(config.text());
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), text);
    }
}
