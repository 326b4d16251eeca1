package dev.cleave.codegen.internal.emit;

import dev.cleave.codegen.GenerateOptions;
import dev.cleave.codegen.internal.layout.ServiceLayout;
import dev.cleave.codegen.internal.source.Facts;
import dev.cleave.codegen.internal.source.SourceType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything the emitters share: the parsed monolith, the layouts, the options and the monolith's settings.
 *
 * @param project      project name (the monolith's directory name), used in artifact ids
 * @param monolithProperties the monolith's {@code application.properties} text ("" when it has none)
 * @param h2Database   name of the monolith's in-memory H2 database, or null when it uses another database
 * @param databaseHttpPort default HTTP (health) port of the database module
 */
public record Context(Facts facts, GenerateOptions options, List<ServiceLayout> services, Set<String> shared,
                      Poms poms, List<String> dependencies, String project, String monolithProperties,
                      String h2Database, int databaseHttpPort, List<String> warnings) {

    Path resources() {
        return options.monolithRoot().resolve("src/main/resources");
    }

    /** The source file of a type, copied byte for byte. */
    byte[] source(String fqn) {
        return facts.monolith().type(fqn).text().getBytes(StandardCharsets.UTF_8);
    }

    String javaPath(String module, String fqn) {
        SourceType type = facts.monolith().type(fqn);
        return module + "/src/main/java/" + type.relativePath();
    }

    String applicationClass() {
        return shared.stream().filter(t -> facts.role(t) == dev.cleave.codegen.internal.source.Role.APPLICATION)
                .findFirst().orElseThrow(() -> new dev.cleave.codegen.GenerationException("the monolith has no"
                        + " @SpringBootApplication class: Cleave generates Spring Boot services from a Spring Boot"
                        + " monolith (the servlet sample needs a generated main class: not supported yet)"));
    }

    String peerUrlKey(String service) {
        return "cleave.peers." + service;
    }

    String peerUrlDefault(ServiceLayout s) {
        return "http://localhost:" + s.port();
    }
}
