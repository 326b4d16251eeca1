package dev.cleave.codegen.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.codegen.GenerationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monolith's build read as the template of the generated builds: every Boot generation, any parent. */
class MonolithBuildTest {
    @TempDir
    Path dir;

    @Test
    void aBoot4MonolithKeepsItsParentPropertiesDependenciesAndPlugins() throws IOException {
        Path root = pom(dir.resolve("app"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId><version>4.0.3</version><relativePath/></parent>
                  <groupId>org.example</groupId><artifactId>app</artifactId><version>1.0</version>
                  <properties><java.version>21</java.version><webjars-locator.version>1.1.2</webjars-locator.version></properties>
                  <dependencies>
                    <dependency><groupId>org.webjars</groupId><artifactId>webjars-locator-lite</artifactId>
                      <version>${webjars-locator.version}</version></dependency>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-devtools</artifactId>
                      <scope>runtime</scope></dependency>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-test</artifactId>
                      <scope>test</scope></dependency>
                  </dependencies>
                  <build><plugins>
                    <plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin>
                    <plugin><groupId>io.spring.javaformat</groupId><artifactId>spring-javaformat-maven-plugin</artifactId></plugin>
                    <plugin><artifactId>maven-compiler-plugin</artifactId><configuration><parameters>true</parameters></configuration></plugin>
                  </plugins></build>
                </project>
                """);
        MonolithBuild build = MonolithBuild.read(root);

        assertThat(build.bootVersion()).isEqualTo("4.0.3");
        assertThat(build.bootParent()).isTrue();
        assertThat(build.jakarta()).isTrue();
        assertThat(build.javaVersion()).isEqualTo("21");
        assertThat(build.properties()).containsEntry("webjars-locator.version", "1.1.2");
        assertThat(build.dependencies()).extracting(MonolithBuild.Dependency::artifactId)
                .containsExactly("webjars-locator-lite", "spring-boot-devtools");
        assertThat(build.dependencies().get(0).xml()).contains("<version>${webjars-locator.version}</version>");
        assertThat(build.plugins()).extracting(MonolithBuild.Plugin::artifactId).containsExactly(
                "spring-boot-maven-plugin", "spring-javaformat-maven-plugin", "maven-compiler-plugin");
    }

    @Test
    void aCompanyParentOnDiskIsInlinedOverTheBootParentOfTheVersionItImports() throws IOException {
        pom(dir, """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId><artifactId>acme-parent</artifactId><version>7</version><packaging>pom</packaging>
                  <properties><spring-boot.version>2.7.18</spring-boot.version><java.version>11</java.version>
                    <guava.version>31.1-jre</guava.version></properties>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-dependencies</artifactId>
                      <version>${spring-boot.version}</version><type>pom</type><scope>import</scope></dependency>
                  </dependencies></dependencyManagement>
                </project>
                """);
        Path root = pom(dir.resolve("legacy"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>com.acme</groupId><artifactId>acme-parent</artifactId><version>7</version></parent>
                  <artifactId>legacy</artifactId>
                  <properties><java.version>17</java.version></properties>
                </project>
                """);
        MonolithBuild build = MonolithBuild.read(root);

        assertThat(build.bootVersion()).isEqualTo("2.7.18");
        assertThat(build.jakarta()).as("Boot 2 is javax").isFalse();
        assertThat(build.replacedParent()).isEqualTo("com.acme:acme-parent:7");
        assertThat(build.javaVersion()).as("the child's value wins").isEqualTo("17");
        assertThat(build.properties()).containsEntry("guava.version", "31.1-jre");
        assertThat(build.managed()).extracting(MonolithBuild.Dependency::artifactId)
                .containsExactly("spring-boot-dependencies");
    }

    @Test
    void aProfileActiveByDefaultIsPartOfTheBuild() throws IOException {
        // spring-framework-petclinic: its H2 profile gives the driver and the properties its filtered resources take
        Path root = pom(dir.resolve("clinic"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version><relativePath/></parent>
                  <groupId>org.example</groupId><artifactId>clinic</artifactId><version>1.0</version>
                  <dependencies><dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId>
                    </dependency></dependencies>
                  <profiles>
                    <profile><id>H2</id><activation><activeByDefault>true</activeByDefault></activation>
                      <properties><jdbc.url>jdbc:h2:mem:clinic</jdbc.url></properties>
                      <dependencies><dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId>
                        <scope>runtime</scope></dependency></dependencies></profile>
                    <profile><id>MySQL</id>
                      <properties><jdbc.url>jdbc:mysql://localhost/clinic</jdbc.url></properties>
                      <dependencies><dependency><groupId>com.mysql</groupId><artifactId>mysql-connector-j</artifactId>
                        </dependency></dependencies></profile>
                  </profiles>
                </project>
                """);

        MonolithBuild build = MonolithBuild.read(root);

        assertThat(build.properties()).containsEntry("jdbc.url", "jdbc:h2:mem:clinic");
        assertThat(build.hasDependency("com.h2database", "h2")).isTrue();
        assertThat(build.hasDependency("com.mysql", "mysql-connector-j")).as("not active by default").isFalse();
    }

    @Test
    void aWarsSpringFrameworkVersionsGiveWayToBoots() throws IOException {
        // Spittr: spring-webmvc 5.0.8 beside Boot 2.7's spring-core 5.3 failed at start (NoClassDefFoundError)
        Path root = pom(dir.resolve("spittr"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>spittr</groupId><artifactId>spittr</artifactId><version>1</version><packaging>war</packaging>
                  <properties><spring.version>5.0.8.RELEASE</spring.version></properties>
                  <dependencyManagement><dependencies><dependency><groupId>org.springframework</groupId>
                    <artifactId>spring-framework-bom</artifactId><version>${spring.version}</version><type>pom</type>
                    <scope>import</scope></dependency></dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId>
                      <version>${spring.version}</version></dependency>
                    <dependency><groupId>org.springframework.webflow</groupId><artifactId>spring-webflow</artifactId>
                      <version>2.5.1.RELEASE</version></dependency>
                    <dependency><groupId>javax.servlet</groupId><artifactId>javax.servlet-api</artifactId>
                      <version>3.1.0</version><scope>provided</scope></dependency>
                  </dependencies>
                </project>
                """);

        MonolithBuild build = MonolithBuild.read(root, MonolithBuild.bootForServlets(false));

        assertThat(build.dependencies()).filteredOn(d -> d.artifactId().equals("spring-webmvc")).singleElement()
                .satisfies(d -> assertThat(d.xml()).doesNotContain("<version>"));
        assertThat(build.dependencies()).filteredOn(d -> d.artifactId().equals("spring-webflow")).singleElement()
                .as("not Boot's to manage").satisfies(d -> assertThat(d.xml()).contains("<version>2.5.1.RELEASE"));
        assertThat(build.managed()).noneMatch(d -> d.artifactId().equals("spring-framework-bom"));
    }

    @Test
    void aBuildWithoutSpringBootIsRefusedWithTheReason() throws IOException {
        Path root = pom(dir.resolve("war"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId><artifactId>war</artifactId><version>1</version><packaging>war</packaging>
                </project>
                """);
        assertThatThrownBy(() -> MonolithBuild.read(root)).isInstanceOf(GenerationException.class)
                .hasMessageContaining("cannot tell which Spring Boot version").hasMessageContaining(root.toString());
    }

    @Test
    void anImplicitEmbeddedDatabaseUsesBootsDefaultsAndAnExplicitOneItsOwnUser() throws IOException {
        Path root = pom(dir.resolve("h2"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version><relativePath/></parent>
                  <artifactId>h2</artifactId>
                  <dependencies>
                    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><scope>runtime</scope></dependency>
                    <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId></dependency>
                  </dependencies>
                </project>
                """);
        MonolithBuild build = MonolithBuild.read(root);

        DataSetup implicit = DataSetup.of(settings("spring.jpa.open-in-view=false\n"), build);
        assertThat(implicit).isEqualTo(new DataSetup(EmbeddedDatabase.H2, "testdb", true, "sa", "", java.util.List.of("flyway"), null));
        assertThat(implicit.server()).isFalse();
        DataSetup named = DataSetup.of(settings("spring.datasource.url=jdbc:h2:mem:travel;DB_CLOSE_DELAY=-1\n"
                + "spring.datasource.username=travel\nspring.datasource.password: s3cret\n"), build);
        assertThat(named).isEqualTo(new DataSetup(EmbeddedDatabase.H2, "travel", false, "travel", "s3cret", java.util.List.of("flyway"),
                "jdbc:h2:mem:travel;DB_CLOSE_DELAY=-1"));
        assertThat(named.server()).isFalse();
        DataSetup server = DataSetup.of(settings("spring.datasource.url=${DB_URL:jdbc:postgresql://db/app}\n"), build);
        assertThat(server.embedded()).isNull();
        assertThat(server.server()).as("a database of its own: set up once by the generated set-up program").isTrue();
        assertThat(server.url()).isEqualTo("${DB_URL:jdbc:postgresql://db/app}");
    }

    @Test
    void aDatabaseFileOfAnEmbeddedEngineIsServedLikeAnInMemoryOneNotSharedAsAServers() throws IOException {
        MonolithBuild build = MonolithBuild.read(pom(dir.resolve("file"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version><relativePath/></parent>
                  <artifactId>file</artifactId>
                  <dependencies>
                    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><scope>runtime</scope></dependency>
                  </dependencies>
                </project>
                """));

        DataSetup file = DataSetup.of(settings("spring.datasource.url=${DB_URL:jdbc:h2:file:./data/shop;MODE=MySQL;AUTO_SERVER=TRUE}\n"), build);
        assertThat(file.embedded()).isEqualTo(EmbeddedDatabase.H2);
        assertThat(file.name()).isEqualTo("shop");
        assertThat(file.server()).as("only one process can open the file: not every service").isFalse();
        assertThat(file.file()).isEqualTo(new EmbeddedDatabase.DatabaseFile(EmbeddedDatabase.H2, "./data", "shop",
                ";MODE=MySQL;AUTO_SERVER=TRUE"));
        assertThat(file.username()).as("the engine's default user, as the monolith opened it").isNull();
        assertThat(DataSetup.of(settings("spring.datasource.url=jdbc:h2:~/shop\nspring.datasource.username=sa\n"), build).file())
                .isEqualTo(new EmbeddedDatabase.DatabaseFile(EmbeddedDatabase.H2, "~", "shop", ""));
        assertThat(EmbeddedDatabase.inFile("jdbc:h2:C:\\data\\shop")).isEqualTo(
                new EmbeddedDatabase.DatabaseFile(EmbeddedDatabase.H2, "C:/data", "shop", ""));
        assertThat(EmbeddedDatabase.inFile("jdbc:hsqldb:file:db/petclinic;shutdown=true")).isEqualTo(
                new EmbeddedDatabase.DatabaseFile(EmbeddedDatabase.HSQLDB, "db", "petclinic", ";shutdown=true"));
        for (String other : java.util.List.of("jdbc:h2:mem:shop", "jdbc:h2:tcp://db:9092/shop", "jdbc:h2:ssl://db/shop",
                "jdbc:h2:zip:data.zip!/shop", "jdbc:hsqldb:hsql://db/shop", "jdbc:hsqldb:mem:shop", "jdbc:postgresql://db/shop")) {
            assertThat(EmbeddedDatabase.inFile(other)).as(other).isNull();
        }
        assertThat(DataSetup.of(settings("spring.datasource.url=jdbc:h2:tcp://db:9092/shop\n"), build).server())
                .as("a server H2 is a server database").isTrue();
    }

    @Test
    void settingsInApplicationYmlCountAndPropertiesWinOverThem() throws IOException {
        Path resources = Files.createDirectories(dir.resolve("resources"));
        Files.writeString(resources.resolve("application.yml"), """
                spring:
                  datasource:
                    url: jdbc:h2:mem:travel;DB_CLOSE_DELAY=-1
                    username: travel
                  flyway:
                    locations: [classpath:db/migration, classpath:db/seed]
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                  datasource:
                    url: jdbc:postgresql://db/travel
                """);
        Files.writeString(resources.resolve("application.properties"), "spring.datasource.username=agent\n");
        MonolithSettings settings = MonolithSettings.read(resources);

        assertThat(settings.yamlFile()).isEqualTo("application.yml");
        assertThat(settings.value("spring.datasource.url")).as("the prod profile's URL left out")
                .isEqualTo("jdbc:h2:mem:travel;DB_CLOSE_DELAY=-1");
        assertThat(settings.value("spring.datasource.username")).isEqualTo("agent");
        assertThat(settings.value("spring.flyway.locations[1]")).isEqualTo("classpath:db/seed");
    }

    @Test
    void theProfilesTheSettingsActivateBringTheirOwnSettingsTheLastWinning() throws IOException {
        Path resources = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(resources.resolve("application.properties"), """
                spring.profiles.active=hsqldb, spring-data-jpa
                spring.profiles.group.hsqldb=local
                spring.sql.init.platform=h2
                spring.sql.init.schema-locations=classpath*:db/${spring.sql.init.platform}/schema.sql
                app.mode=base
                """);
        Files.writeString(resources.resolve("application-hsqldb.properties"), """
                spring.sql.init.platform=hsqldb
                spring.datasource.url=jdbc:hsqldb:mem:petclinic
                app.mode=hsqldb
                """);
        Files.writeString(resources.resolve("application-local.yml"), "app:\n  mode: local\n  only: yes\n");
        Files.writeString(resources.resolve("application-mysql.properties"), "spring.datasource.url=jdbc:mysql://db/x\n");
        Files.writeString(resources.resolve("application.yml"), """
                app:
                  colour: blue
                ---
                spring.config.activate.on-profile: spring-data-jpa
                app:
                  colour: green
                ---
                spring.config.activate.on-profile: "!spring-data-jpa"
                app:
                  colour: red
                """);
        MonolithSettings settings = MonolithSettings.read(resources);

        assertThat(settings.profiles()).as("a group's members follow it").containsExactly("hsqldb", "local",
                "spring-data-jpa");
        assertThat(settings.value("spring.datasource.url")).as("the active profile's, not the inactive mysql's")
                .isEqualTo("jdbc:hsqldb:mem:petclinic");
        assertThat(settings.value("app.mode")).as("local comes after hsqldb").isEqualTo("local");
        assertThat(settings.value("app.only")).isEqualTo("true");
        assertThat(settings.value("app.colour")).as("the document of an active profile; expressions unknown")
                .isEqualTo("green");
        assertThat(settings.resolved("spring.sql.init.schema-locations"))
                .isEqualTo("classpath*:db/hsqldb/schema.sql");

        Files.writeString(resources.resolve("application.properties"), "app.mode=base\n");
        Files.writeString(resources.resolve("application-default.properties"), "app.mode=default\n");
        assertThat(MonolithSettings.read(resources).value("app.mode")).as("Boot's default profile when none is named")
                .isEqualTo("default");
    }

    @Test
    void anInMemoryHyperSqlDatabaseIsServedLikeH2AndAnInMemoryDerbyOneIsRefusedWithTheFix() throws IOException {
        Path root = pom(dir.resolve("engines"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId><version>3.4.2</version><relativePath/></parent>
                  <artifactId>engines</artifactId>
                  <dependencies>
                    <dependency><groupId>org.hsqldb</groupId><artifactId>hsqldb</artifactId></dependency>
                    <dependency><groupId>org.apache.derby</groupId><artifactId>derby</artifactId></dependency>
                  </dependencies>
                </project>
                """);
        MonolithBuild build = MonolithBuild.read(root);

        DataSetup implicit = DataSetup.of(settings(""), build);
        assertThat(implicit.embedded()).as("Boot's embedded database: HyperSQL is on the classpath")
                .isEqualTo(EmbeddedDatabase.HSQLDB);
        assertThat(implicit.moduleUrl()).isEqualTo("jdbc:hsqldb:mem:testdb");
        assertThat(implicit.withoutDirtyReads()).contains("hsqldb");
        DataSetup named = DataSetup.of(settings("spring.datasource.url=${DB_URL:jdbc:hsqldb:mem:petclinic}\n"), build);
        assertThat(named.embedded()).as("the placeholder's default").isEqualTo(EmbeddedDatabase.HSQLDB);
        assertThat(named.name()).isEqualTo("petclinic");
        assertThat(named.server()).isFalse();
        assertThat(named.username()).isEqualTo("sa");
        assertThat(EmbeddedDatabase.HSQLDB.networkUrl("database", 9092, "petclinic", false))
                .isEqualTo("jdbc:hsqldb:hsql://database:9092/petclinic");
        assertThat(EmbeddedDatabase.H2.networkUrl("localhost", 9092, "shop", false))
                .isEqualTo("jdbc:h2:tcp://localhost:9092/mem:shop");
        assertThat(EmbeddedDatabase.H2.networkUrl("database", 9092, "shop", true))
                .isEqualTo("jdbc:h2:tcp://database:9092/shop");
        assertThat(DataSetup.of(settings("spring.datasource.url=jdbc:postgresql://db/app\n"), build)
                .withoutDirtyReads()).contains("postgresql");

        assertThat(DataSetup.of(settings("spring.datasource.url=${JDBC_URL}\n"), derbyOnly(dir.resolve("derby")))
                .server()).as("a URL from the environment names a server, whatever is on the classpath").isTrue();
        assertThatThrownBy(() -> DataSetup.of(settings(""), derbyOnly(dir.resolve("derby"))))
                .isInstanceOf(dev.cleave.codegen.GenerationException.class).hasMessageContaining("in-memory Derby");
        assertThatThrownBy(() -> DataSetup.of(settings("spring.datasource.url=jdbc:derby:memory:app;create=true\n"),
                build)).isInstanceOf(dev.cleave.codegen.GenerationException.class)
                .hasMessageContaining("in-memory Derby database").hasMessageContaining("point spring.datasource.url");
    }

    private static MonolithBuild derbyOnly(Path root) throws IOException {
        return MonolithBuild.read(pom(root, """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId><version>3.4.2</version><relativePath/></parent>
                  <artifactId>derby-only</artifactId>
                  <dependencies>
                    <dependency><groupId>org.apache.derby</groupId><artifactId>derby</artifactId></dependency>
                  </dependencies>
                </project>
                """));
    }

    private static MonolithSettings settings(String properties) {
        return new MonolithSettings(properties, null, java.util.Map.of());
    }

    private static Path pom(Path root, String xml) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("pom.xml"), xml);
        return root;
    }
}
