package dev.cleave.codegen;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Generator#generate} reads and where it writes.
 *
 * @param monolithRoot  root of the monolith: its {@code pom.xml}, {@code src/main/java} and {@code src/main/resources}
 * @param outputDir     directory of the generated system; created when missing, otherwise it must hold an earlier
 *                      Cleave output (it carries the marker file {@value Generator#MARKER})
 * @param classpath     jars of the monolith's Maven dependencies; lets the generator see methods that classes inherit
 *                      from libraries (a Spring Data repository's {@code findById}); may be empty
 * @param groupId       Maven groupId of the generated projects
 * @param gatewayPort   HTTP port of the gateway; 0 for the monolith's own ({@code server.port}, else Boot's 8080), so
 *                      that its URLs keep working
 * @param firstServicePort default port of the first service (sorted by name) when the plan gives none; the next
 *                      services count up from it
 * @param databasePort  default TCP port of the shared H2 database server
 * @param acceptSplitTransactions whether to generate a plan whose services call each other inside a transaction on
 *                      a database that cannot let the callee read the caller's uncommitted rows (PostgreSQL, Oracle);
 *                      without it such a plan is refused with the list of those calls
 */
public record GenerateOptions(Path monolithRoot, Path outputDir, List<Path> classpath, String groupId,
                              int gatewayPort, int firstServicePort, int databasePort,
                              boolean acceptSplitTransactions) {
    public GenerateOptions {
        Objects.requireNonNull(monolithRoot, "monolithRoot");
        Objects.requireNonNull(outputDir, "outputDir");
        classpath = classpath == null ? List.of() : List.copyOf(classpath);
        groupId = groupId == null || groupId.isBlank() ? "dev.cleave.generated" : groupId;
    }

    /**
     * Defaults: no extra classpath, the gateway on the monolith's port, services from 8081 (skipping the gateway's and
     * the database's ports), database TCP on 9092.
     */
    public static GenerateOptions of(Path monolithRoot, Path outputDir) {
        return new GenerateOptions(monolithRoot, outputDir, List.of(), null, 0, 8081, 9092, false);
    }

    public GenerateOptions withClasspath(List<Path> jars) {
        return new GenerateOptions(monolithRoot, outputDir, jars, groupId, gatewayPort, firstServicePort, databasePort,
                acceptSplitTransactions);
    }

    /** These options, accepting (or not) calls between services inside a transaction on a database without dirty reads. */
    public GenerateOptions withSplitTransactionsAccepted(boolean accepted) {
        return new GenerateOptions(monolithRoot, outputDir, classpath, groupId, gatewayPort, firstServicePort,
                databasePort, accepted);
    }
}
