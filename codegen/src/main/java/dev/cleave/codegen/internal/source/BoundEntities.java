package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entities a controller's handler methods bind from request parameters and path variables: a parameter of an
 * entity type ({@code @PathVariable("id") Owner owner}), and the entity-typed properties of a form object
 * ({@code @ModelAttribute Book book} posted with {@code author=2}). Spring Data's web support converts the id into the
 * entity through a repository of it ({@code DomainClassConverter}): in the monolith some repository of the entity was
 * always there, in a service it must be too, else binding fails (400) where the monolith bound the entity.
 */
public final class BoundEntities {
    private static final Set<String> MAPPINGS = Set.of("RequestMapping", "GetMapping", "PostMapping", "PutMapping",
            "DeleteMapping", "PatchMapping");
    private static final Set<String> NOT_BOUND = Set.of("RequestBody", "RequestHeader", "CookieValue",
            "RequestPart", "SessionAttribute", "RequestAttribute");

    private BoundEntities() {
    }

    /** The repositories through which Spring Data converts the entities the controller binds, sorted. */
    public static Set<String> repositories(Facts facts, String controller) {
        Set<String> repositories = new TreeSet<>();
        for (String entity : entities(facts, controller)) {
            repositoryOf(facts, entity).ifPresent(repositories::add);
        }
        return repositories;
    }

    /** The entities the controller's handler methods bind, sorted. */
    static Set<String> entities(Facts facts, String controller) {
        SourceType t = facts.monolith().type(controller);
        Set<String> found = new TreeSet<>();
        if (t == null) {
            return found;
        }
        for (MethodDeclaration m : t.declaration().getMethods()) {
            if (m.getAnnotations().stream().noneMatch(a -> MAPPINGS.contains(a.getName().getIdentifier()))) {
                continue;
            }
            for (Parameter p : m.getParameters()) {
                boolean bound = p.getAnnotations().stream()
                        .noneMatch(a -> NOT_BOUND.contains(a.getName().getIdentifier()));
                String type = p.getType().isClassOrInterfaceType() ? facts.names().resolve(t.unit(),
                        p.getType().asClassOrInterfaceType().getNameWithScope()) : null;
                if (!bound || type == null) {
                    continue;
                }
                if (facts.role(type) == Role.ENTITY) {
                    found.add(type);
                }
                if (facts.role(type) == Role.ENTITY || facts.role(type) == Role.VALUE) {
                    found.addAll(entityProperties(facts, type));
                }
            }
        }
        return found;
    }

    /** The entities among the types of a form object's fields (and their type arguments: a {@code List<Tag>}). */
    private static Set<String> entityProperties(Facts facts, String form) {
        SourceType t = facts.monolith().type(form);
        Set<String> found = new TreeSet<>();
        for (FieldDeclaration field : t.declaration().getFields()) {
            if (field.isStatic()) {
                continue;
            }
            for (ClassOrInterfaceType type : field.getElementType().findAll(ClassOrInterfaceType.class)) {
                String resolved = facts.names().resolve(t.unit(), type.getNameWithScope());
                if (resolved != null && facts.role(resolved) == Role.ENTITY) {
                    found.add(resolved);
                }
            }
        }
        return found;
    }

    /** The first (by name) repository interface whose domain type is the entity ({@code JpaRepository<Author, Long>}). */
    private static java.util.Optional<String> repositoryOf(Facts facts, String entity) {
        for (SourceType t : facts.monolith().types().values()) {
            if (facts.role(t.fqn()) != Role.REPOSITORY || !(t.declaration() instanceof ClassOrInterfaceDeclaration c)
                    || !c.isInterface()) {
                continue;
            }
            for (ClassOrInterfaceType extended : c.getExtendedTypes()) {
                var args = extended.getTypeArguments();
                if (args.isPresent() && !args.get().isEmpty() && args.get().get(0).isClassOrInterfaceType()
                        && entity.equals(facts.names().resolve(t.unit(),
                        args.get().get(0).asClassOrInterfaceType().getNameWithScope()))) {
                    return java.util.Optional.of(t.fqn());
                }
            }
        }
        return java.util.Optional.empty();
    }
}
