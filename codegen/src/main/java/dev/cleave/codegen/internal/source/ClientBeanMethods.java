package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A configuration's {@code @Bean} methods that build a bean of another service. In the monolith such a method
 * constructs a component ({@code return new TrackingRestService(repository, messages)}); in a service that has only
 * the generated client of that component, the client is already a bean of the same name (a {@code @Component}) and
 * has no such constructor, so the method would not compile and would shadow the client. The service keeps the
 * configuration without those methods; the owner registers the component itself (it is a stereotyped class, found by
 * its scan).
 */
public final class ClientBeanMethods {
    private ClientBeanMethods() {
    }

    /** The {@code @Bean} methods of {@code type} that construct one of {@code clients}, by name. */
    public static List<MethodDeclaration> of(SourceType type, NameResolver names, Set<String> clients) {
        return methods(type.unit(), names, clients);
    }

    private static List<MethodDeclaration> methods(CompilationUnit unit, NameResolver names, Set<String> clients) {
        return unit.findAll(MethodDeclaration.class).stream()
                .filter(m -> m.getAnnotationByName("Bean").isPresent())
                .filter(m -> m.findAll(ObjectCreationExpr.class).stream().map(n -> names.resolve(unit,
                        n.getType().getNameWithScope())).anyMatch(t -> t != null && clients.contains(t)))
                .toList();
    }

    /** {@code type}'s file without the methods {@link #of} finds; unchanged when there are none. */
    public static String rewrite(SourceType type, String text, NameResolver names, Set<String> clients) {
        if (of(type, names, clients).isEmpty()) {
            return text;
        }
        CompilationUnit unit = EditableSource.parse(type, text,
                "leave out its @Bean methods that build another service's component");
        methods(unit, names, clients).forEach(MethodDeclaration::remove);
        return LexicalPreservingPrinter.print(unit);
    }
}
