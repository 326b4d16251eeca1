package dev.cleave.codegen.deploy;

import java.util.List;

/**
 * The names of the system's two secrets. The RPC secret ({@value #RPC_VARIABLE}) authenticates the services' internal
 * calls: Kubernetes makes the Secret {@code <system>-rpc} from {@value #RPC_ENV_FILE} (kustomize's secretGenerator),
 * compose reads the same file. The database Secret {@code <system>-database} exists only with an external database,
 * and the user creates it; the services and the database set-up read it.
 */
final class Secrets {
    /** The variable that holds the RPC secret in every service's environment. */
    static final String RPC_VARIABLE = "CLEAVE_RPC_SECRET";
    /** The file of the RPC secret, in {@code deploy/k8s/}, one line {@code CLEAVE_RPC_SECRET=<hex>}. */
    static final String RPC_ENV_FILE = "rpc-secret.env";
    /** The keys of the database Secret, each also the variable a service or the set-up reads it into; sorted. */
    static final List<String> DATASOURCE_KEYS =
            List.of("SPRING_DATASOURCE_PASSWORD", "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME");

    private Secrets() {
    }

    static String rpcSecret(String system) {
        return system + "-rpc";
    }

    static String databaseSecret(String system) {
        return system + "-database";
    }
}
