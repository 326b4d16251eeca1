package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The calls to other services that a service makes inside a transaction: from a method that is transactional
 * ({@code @Transactional}, or a class that is; an EJB's {@code @TransactionAttribute}). In the monolith the callee ran
 * in the caller's transaction and saw its uncommitted rows; across services it can only where the database lets a
 * transaction read uncommitted data.
 */
public final class TransactionalCalls {
    private static final Set<String> TRANSACTIONAL = Set.of("Transactional", "TransactionAttribute");

    private TransactionalCalls() {
    }

    /** {@code file:line Type#method}, for every call of a remote type inside a transactional method, in file order. */
    public static List<String> of(Facts facts, Collection<String> files, Set<String> remoteTypes) {
        List<String> found = new ArrayList<>();
        for (String file : files) {
            SourceType source = facts.monolith().type(file);
            for (CallSites.Site site : CallSites.sites(source, remoteTypes, facts.names())) {
                if (site.caller().filter(TransactionalCalls::transactional).isPresent()) {
                    found.add("src/main/java/" + source.relativePath() + ":" + site.line() + " " + site.type() + "#" + site.method());
                }
            }
        }
        return found;
    }

    private static boolean transactional(CallableDeclaration<?> method) {
        if (annotated(method)) {
            return true;
        }
        return method.findAncestor(TypeDeclaration.class).map(t -> annotated((NodeWithAnnotations<?>) t))
                .orElse(false);
    }

    private static boolean annotated(NodeWithAnnotations<?> node) {
        return node.getAnnotations().stream().anyMatch(a -> TRANSACTIONAL.contains(a.getName().getIdentifier()));
    }
}
