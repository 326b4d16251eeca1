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

    private static final Set<String> EJB_BEANS = Set.of("Stateless", "Stateful", "Singleton", "MessageDriven");
    /** Attribute values under which a method starts no transaction of its own. */
    private static final Set<String> WITHOUT = Set.of("SUPPORTS", "NOT_SUPPORTED", "NEVER");

    /**
     * Whether the method runs in a transaction: annotated (or its class is) with {@code @Transactional} or
     * {@code @TransactionAttribute} other than SUPPORTS, NOT_SUPPORTED and NEVER, or a public method of an EJB whose
     * container manages its transactions (REQUIRED when nothing says otherwise).
     */
    private static boolean transactional(CallableDeclaration<?> method) {
        java.util.Optional<Boolean> own = attribute(method);
        if (own.isPresent()) {
            return own.get();
        }
        java.util.Optional<TypeDeclaration<?>> type = Ancestors.nearest(method, n -> n instanceof TypeDeclaration<?>)
                .<TypeDeclaration<?>>map(t -> (TypeDeclaration<?>) t);
        if (type.isEmpty()) {
            return false;
        }
        java.util.Optional<Boolean> ofClass = attribute((NodeWithAnnotations<?>) type.get());
        if (ofClass.isPresent()) {
            return ofClass.get();
        }
        TypeDeclaration<?> t = type.get();
        boolean ejb = t.getAnnotations().stream().anyMatch(a -> EJB_BEANS.contains(a.getName().getIdentifier()))
                && t.findCompilationUnit().map(u -> u.getImports().stream()
                        .anyMatch(i -> i.getNameAsString().matches("(javax|jakarta)\\.ejb(\\..*)?"))).orElse(false);
        boolean beanManaged = t.getAnnotationByName("TransactionManagement").map(a -> a.toString().contains("BEAN"))
                .orElse(false);
        return ejb && !beanManaged && method.isPublic();
    }

    /** The transaction an annotation asks for: present and starting or joining one, present and not, or none. */
    private static java.util.Optional<Boolean> attribute(NodeWithAnnotations<?> node) {
        return node.getAnnotations().stream().filter(a -> TRANSACTIONAL.contains(a.getName().getIdentifier()))
                .findFirst().map(a -> WITHOUT.stream().noneMatch(w -> a.toString().contains(w)));
    }
}
