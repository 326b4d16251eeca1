package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.cleave.analyzer.internal.facts.TypeFacts.EntityUse;
import dev.cleave.analyzer.internal.source.SourceLayout;
import dev.cleave.analyzer.internal.source.TestSources;
import dev.cleave.model.Problem;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Recognises what each type is (stereotypes), which tables it maps or queries, which HTTP entry points it serves
 * and whether it holds state, from its source and from the project's deployment descriptors.
 *
 * <p>Use: {@link #create} once (reads the descriptors), {@link #extract} for every compilation unit (any thread),
 * then {@link #finish} once with all facts.
 */
public final class FactsExtractor {
    private final Path root;
    private final DescriptorFacts descriptors;
    private final Consumer<Problem> problems;

    private FactsExtractor(Path root, DescriptorFacts descriptors, Consumer<Problem> problems) {
        this.root = root;
        this.descriptors = descriptors;
        this.problems = problems;
    }

    /**
     * Scans the deployment descriptors of the layout once (web.xml, ejb-jar.xml, struts-config.xml, Spring XML bean
     * files, MyBatis mapper XML, orm.xml/hbm.xml). Problems (malformed XML…) go to the sink.
     */
    public static FactsExtractor create(SourceLayout layout, Consumer<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        return new FactsExtractor(layout.root(), Descriptors.read(layout, problems),
                problems);
    }

    /**
     * Facts of each top-level type declared in cu (nested/local/anonymous types fold into their top-level type),
     * keyed by FQN, in declaration order. Thread-safe; called concurrently for many files.
     */
    public Map<String, TypeFacts> extract(CompilationUnit cu, TypeNameResolver names) {
        TypeNames typeNames = new TypeNames(names, cu);
        StringValues strings = new StringValues(cu);
        boolean testFile = cu.getStorage().map(s -> TestSources.isTest(root, s.getPath())).orElse(false);
        Map<String, TypeFacts> all = new LinkedHashMap<>();
        for (TypeDeclaration<?> type : cu.getTypes()) {
            TypeContext ctx = new TypeContext(cu, type, typeNames, strings);
            all.put(ctx.fqn, extract(ctx, testFile));
        }
        return all;
    }

    private static TypeFacts extract(TypeContext ctx, boolean testFile) {
        FactsBuilder b = new FactsBuilder();
        for (AnnotationExpr a : ctx.annotations()) {
            b.annotations.add(ctx.reported(a));
        }
        b.supertypes.addAll(ctx.supertypes().keySet());
        b.stereotypes.addAll(StereotypeRules.of(ctx));
        if (testFile) {
            b.stereotypes.add(Stereotype.TEST);
        }
        JpaRules.entity(ctx).ifPresent(e -> {
            b.entityName = e.name();
            b.entityTable = e.table();
        });
        JpaRules.addTables(ctx, b.tables);
        QueryRules.collect(ctx, b.tables, b.entityUses);
        managedEntity(ctx).ifPresent(entity -> {
            b.entityUses.add(new EntityUse(entity, TableAccess.READS));
            b.entityUses.add(new EntityUse(entity, TableAccess.WRITES));
        });
        b.entryPoints.addAll(EntryPointRules.of(ctx));
        b.servletHandlers.addAll(EntryPointRules.servletHandlers(ctx));
        b.singleton = ScopeRules.isSingleton(ctx, b.stereotypes);
        StateRules.State state = StateRules.of(ctx);
        b.stateFields.addAll(state.instanceFields());
        b.stateful = state.staticState() || b.singleton && !state.instanceFields().isEmpty();
        b.beanNames.addAll(BeanNameRules.defined(ctx));
        b.spelBeans.addAll(BeanNameRules.referenced(ctx));
        return b.build();
    }

    /** The entity a Spring Data repository interface manages: the first type argument of its repository supertype. */
    private static java.util.Optional<String> managedEntity(TypeContext ctx) {
        return ctx.supertypes().entrySet().stream()
                .filter(e -> KnownTypes.isSpringDataRepository(e.getKey()))
                .flatMap(e -> e.getValue().getTypeArguments().stream().flatMap(java.util.List::stream))
                .filter(t -> t.isClassOrInterfaceType())
                .map(t -> ctx.resolve(t.asClassOrInterfaceType()))
                .findFirst();
    }

    /**
     * Completes facts across files after all extract calls: JPQL entity names → tables, descriptor facts attached
     * to their types, inherited roles, TABLE edges and the edges descriptors state (bean wiring, MyBatis and Struts
     * uses). Only types in projectTypes get edges; a mapper namespace naming no project type is reported, and so is
     * a class named in XML that lies in a project package but is not there.
     */
    public FactsResult finish(Map<String, TypeFacts> all, Set<String> projectTypes) {
        return new Finisher(descriptors, problems).finish(all, projectTypes);
    }
}
