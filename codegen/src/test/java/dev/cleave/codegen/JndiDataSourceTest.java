package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.model.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monolith that looks its datasource up in JNDI ({@code spring.datasource.jndi-name}), declared for Tomcat in its
 * webapp's {@code META-INF/context.xml}. The generated modules run an embedded server without a naming context:
 * before, the lookup stayed in their settings and, with H2 on the classpath, Cleave served an empty {@code testdb}
 * that nothing used; every service failed to start on the lookup. Now the declared resource is the database.
 */
class JndiDataSourceTest {
    @TempDir
    Path dir;

    @Test
    void anInMemoryDatabaseDeclaredAsAJndiResourceIsServedAndTheLookupGoes() throws IOException {
        Path monolith = shopOnJndi(dir.resolve("spring-shop"), "jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1");
        Path out = dir.resolve("out");
        Generator.generate(null, PlanJson.read(monolith.resolve("expected.json")), GenerateOptions.of(monolith, out));

        String database = Files.readString(out.resolve("database/src/main/resources/application.properties"));
        assertThat(database).contains("spring.datasource.url=jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1",
                "spring.datasource.username=shopkeeper", "spring.datasource.password=t1ll")
                .doesNotContain("jndi-name");
        try (var services = Files.list(out.resolve("services"))) {
            for (Path service : services.toList()) {
                assertThat(Files.readString(service.resolve("src/main/resources/application.properties")))
                        .as(service.toString())
                        .contains("spring.datasource.url=jdbc:h2:tcp://localhost:", "/mem:shop\n",
                                "spring.datasource.username=shopkeeper").doesNotContain("jndi-name", "testdb");
            }
        }
    }

    @Test
    void aServerDatabaseDeclaredAsAJndiResourceIsWhatEveryModuleConnectsTo() throws IOException {
        Path monolith = shopOnJndi(dir.resolve("spring-shop"), "jdbc:postgresql://db.internal:5432/shop");
        Files.writeString(monolith.resolve("pom.xml"), Files.readString(monolith.resolve("pom.xml")).replaceFirst(
                "<dependencies>", "<dependencies>\n    <dependency><groupId>org.postgresql</groupId>"
                        + "<artifactId>postgresql</artifactId><scope>runtime</scope></dependency>"));
        Path out = dir.resolve("out");
        Generator.generate(null, PlanJson.read(monolith.resolve("expected.json")), GenerateOptions.of(monolith, out)
                .withSplitTransactionsAccepted(true));

        assertThat(out.resolve("database/src/main/java/dev/cleave/database/DatabaseSetupApplication.java"))
                .as("a database of its own: set up once by the set-up program").isRegularFile();
        for (String module : java.util.List.of("database", "services/catalog")) {
            assertThat(Files.readString(out.resolve(module + "/src/main/resources/application.properties")))
                    .as(module).contains("spring.datasource.url=jdbc:postgresql://db.internal:5432/shop",
                            "spring.datasource.username=shopkeeper", "spring.datasource.password=t1ll",
                            "spring.datasource.driver-class-name=org.postgresql.Driver")
                    .doesNotContain("jndi-name");
        }
    }

    @Test
    void aLookupOfAnUndeclaredResourceIsRefusedWithTheFixAndWritesNothing() throws IOException {
        Path monolith = shopOnJndi(dir.resolve("spring-shop"), "jdbc:h2:mem:shop");
        Files.writeString(monolith.resolve("src/main/resources/application.properties"),
                Files.readString(monolith.resolve("src/main/resources/application.properties"))
                        .replace("jndi-name=java:comp/env/jdbc/shop", "jndi-name=java:comp/env/jdbc/orders"));
        Path out = dir.resolve("refused");
        assertThatThrownBy(() -> Generator.generate(null, PlanJson.read(monolith.resolve("expected.json")),
                GenerateOptions.of(monolith, out)))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("spring.datasource.jndi-name=java:comp/env/jdbc/orders")
                .hasMessageContaining("src/main/webapp/META-INF/context.xml (it declares jdbc/shop)")
                .hasMessageContaining("set spring.datasource.url, username and password");
        assertThat(out).doesNotExist();

        Files.writeString(monolith.resolve("src/main/webapp/META-INF/context.xml"), "<Context><Resource name=");
        assertThatThrownBy(() -> Generator.generate(null, PlanJson.read(monolith.resolve("expected.json")),
                GenerateOptions.of(monolith, out)))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("context.xml does not parse as XML");
        assertThat(out).doesNotExist();
    }

    /** spring-shop with its datasource looked up in JNDI, declared in the webapp's context.xml with {@code url}. */
    private static Path shopOnJndi(Path to, String url) throws IOException {
        Samples.copyMain(Samples.repo().resolve("samples/spring-shop"), to);
        Path properties = to.resolve("src/main/resources/application.properties");
        String settings = Files.readString(properties).replaceAll("spring\\.datasource\\.(url|username|password)=.*\n", "");
        Files.writeString(properties, settings + "spring.datasource.jndi-name=java:comp/env/jdbc/shop\n");
        Path context = Files.createDirectories(to.resolve("src/main/webapp/META-INF")).resolve("context.xml");
        Files.writeString(context, """
                <?xml version="1.0" encoding="UTF-8"?>
                <Context>
                  <!-- the shop's database, given by the server -->
                  <Resource name="jdbc/shop" auth="Container" type="javax.sql.DataSource" maxTotal="20"
                            url="%s" username="shopkeeper" password="t1ll"
                            driverClassName="%s"/>
                </Context>
                """.formatted(url.replace("&", "&amp;"), url.startsWith("jdbc:h2") ? "org.h2.Driver"
                : "org.postgresql.Driver"));
        return to;
    }
}
