package dev.cleave.codegen.internal.layout;

import dev.cleave.codegen.internal.source.Operation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one generated service consists of, sorted.
 *
 * @param name      service name from the plan
 * @param port      default HTTP port
 * @param own       types the plan assigns to it, copied unchanged
 * @param copies    types owned elsewhere that its code needs as values (entities, DTOs, enums...), copied unchanged
 * @param clients   bean types owned by another service → the operations this service calls on them
 * @param facade    operations other services call on this service's beans
 * @param peers     services this one calls
 * @param forwards  event type → other services with listeners for it
 * @param tables    tables the plan says it owns
 * @param sharedTables tables of other services that its copied entities map (strangler: one shared database)
 * @param interfaceClients interfaces of the shared library among {@code clients} → their generated implementation
 *                  ({@link InterfaceClient}); the other clients take the name of the class they stand in for
 */
public record ServiceLayout(String name, int port, Set<String> own, Set<String> copies,
                            Map<String, Set<Operation>> clients, Set<Operation> facade, Set<String> peers,
                            Map<String, Set<String>> forwards, List<String> tables, Map<String, String> sharedTables,
                            Map<String, InterfaceClient> interfaceClients) {
}
