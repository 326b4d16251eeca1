package dev.cleave.codegen.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.codegen.GenerationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Gradle monolith's build read as its Maven equivalent, in both DSLs and the notations real builds use. */
class GradleBuildTest {
    @TempDir
    Path dir;

    @Test
    void aGroovyBuildLikeSpringInitializrsWithVariablesAndABom() throws IOException {
        Files.writeString(dir.resolve("gradle.properties"), "webjarsBootstrap=5.3.3\n");
        Files.writeString(dir.resolve("build.gradle"), """
                plugins {
                    id 'java'
                    id 'org.springframework.boot' version '3.4.5'
                    id 'io.spring.dependency-management' version '1.1.7'
                }
                ext {
                    springCloudVersion = '2024.0.1'
                }
                java {
                    toolchain {
                        languageVersion = JavaLanguageVersion.of(21)
                    }
                }
                // a comment naming implementation 'not:this'
                dependencies {
                    implementation 'org.springframework.boot:spring-boot-starter-web'
                    implementation "org.webjars:bootstrap:${webjarsBootstrap}"
                    implementation group: 'org.apache.commons', name: 'commons-lang3', version: '3.17.0'
                    compileOnly 'org.projectlombok:lombok'
                    annotationProcessor 'org.projectlombok:lombok'
                    developmentOnly 'org.springframework.boot:spring-boot-devtools'
                    runtimeOnly 'com.h2database:h2'
                    testImplementation 'org.springframework.boot:spring-boot-starter-test'
                }
                dependencyManagement {
                    imports {
                        mavenBom "org.springframework.cloud:spring-cloud-dependencies:${springCloudVersion}"
                    }
                }
                """);
        MonolithBuild build = MonolithBuild.read(dir);

        assertThat(build.bootVersion()).isEqualTo("3.4.5");
        assertThat(build.gradleFile()).isEqualTo("build.gradle");
        assertThat(build.javaVersion()).isEqualTo("21");
        assertThat(build.dependencies()).extracting(d -> d.groupId() + ":" + d.artifactId() + ":" + d.scope())
                .containsExactly("org.springframework.boot:spring-boot-starter-web:null", "org.webjars:bootstrap:null",
                        "org.projectlombok:lombok:provided", "org.springframework.boot:spring-boot-devtools:runtime",
                        "com.h2database:h2:runtime", "org.apache.commons:commons-lang3:null");
        assertThat(build.dependencies().get(1).xml()).contains("<version>5.3.3</version>");
        assertThat(build.dependencies().get(3).optional()).isTrue();
        assertThat(build.managed()).singleElement().satisfies(m -> assertThat(m.xml())
                .contains("<artifactId>spring-cloud-dependencies</artifactId>", "<version>2024.0.1</version>",
                        "<scope>import</scope>"));
        assertThat(build.notes()).isEmpty();
    }

    @Test
    void aKotlinBuildWithAPlatformAndACatalogAliasItCannotRead() throws IOException {
        Files.writeString(dir.resolve("build.gradle.kts"), """
                plugins {
                    java
                    id("org.springframework.boot") version "4.0.1"
                }
                val mapstructVersion = "1.6.3"
                java.sourceCompatibility = JavaVersion.VERSION_17
                dependencies {
                    implementation(platform("org.testcontainers:testcontainers-bom:1.21.0"))
                    implementation("org.springframework.boot:spring-boot-starter-webmvc")
                    implementation("org.mapstruct:mapstruct:$mapstructVersion")
                    implementation(libs.guava)
                }
                """);
        MonolithBuild build = MonolithBuild.read(dir);

        assertThat(build.bootVersion()).isEqualTo("4.0.1");
        assertThat(build.javaVersion()).isEqualTo("17");
        assertThat(build.managed()).extracting(MonolithBuild.Dependency::artifactId).containsExactly("testcontainers-bom");
        assertThat(build.dependencies()).extracting(MonolithBuild.Dependency::artifactId)
                .containsExactly("spring-boot-starter-webmvc", "mapstruct");
        assertThat(build.dependencies().get(1).xml()).contains("<version>1.6.3</version>");
        assertThat(build.notes()).singleElement().asString().contains("version-catalog", "by hand");
    }

    @Test
    void aGradleBuildWithoutTheBootPluginIsRefusedWithTheReason() throws IOException {
        Files.writeString(dir.resolve("build.gradle"), "plugins { id 'war' }\n");
        assertThatThrownBy(() -> MonolithBuild.read(dir)).isInstanceOf(GenerationException.class)
                .hasMessageContaining("cannot tell which Spring Boot version").hasMessageContaining("build.gradle");
    }
}
