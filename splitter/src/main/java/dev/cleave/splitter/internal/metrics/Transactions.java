package dev.cleave.splitter.internal.metrics;

import dev.cleave.model.Node;
import dev.cleave.model.Stereotype;
import java.util.List;
import java.util.Set;

/**
 * Which classes open or join a transaction, and which do the business work a transaction holds together, read from
 * the graph's facts. A call from the first to the second in another service runs outside the caller's transaction
 * once the services are split: its writes commit (or fail) on their own. Data access (repositories, MyBatis mappers,
 * DAOs) is not counted: it stays with each service that uses it over the shared database, inside the caller's
 * transaction. Explicit JDBC commit scopes are not seen (a known limit).
 */
public final class Transactions {
    private static final List<String> ANNOTATIONS = List.of("org.springframework.transaction.annotation.Transactional",
            "jakarta.transaction.Transactional", "javax.transaction.Transactional", "jakarta.ejb.TransactionAttribute",
            "javax.ejb.TransactionAttribute");
    private static final Set<Stereotype> BUSINESS = Set.of(Stereotype.SERVICE, Stereotype.COMPONENT, Stereotype.EJB);
    private static final Set<Stereotype> DATA_ACCESS = Set.of(Stereotype.REPOSITORY, Stereotype.MAPPER,
            Stereotype.ENTITY, Stereotype.EMBEDDABLE, Stereotype.MAPPED_SUPERCLASS);

    private Transactions() {
    }

    /** Whether the class or one of its methods is transactional, or it is an EJB session bean (CMT by default). */
    public static boolean isTransactional(Node node) {
        return node.stereotypes().contains(Stereotype.EJB) || node.annotations().stream().anyMatch(ANNOTATIONS::contains);
    }

    /** Whether the class does business work a transaction may hold: a service, component or EJB, or transactional. */
    public static boolean isBusiness(Node node) {
        if (node.stereotypes().stream().anyMatch(DATA_ACCESS::contains)) {
            return false;
        }
        return node.stereotypes().stream().anyMatch(BUSINESS::contains) || isTransactional(node);
    }
}
