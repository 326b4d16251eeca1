package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.resolution.MethodUsage;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a method's arguments and result travel between services as JSON and come back as they were: JDK values,
 * dates, collections and arrays of them, enums, and the monolith's concrete classes whose fields do (entities, DTOs).
 * A library interface ({@code MultipartFile}, Spring Data's {@code Page}), a type parameter of the method or varargs
 * do not.
 */
final class Travels {
    /** Values Jackson writes and reads back as they were. */
    private static final Set<String> VALUE_JDK = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Boolean", "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte",
            "java.lang.Character", "java.math.BigDecimal", "java.math.BigInteger", "java.util.Date", "java.sql.Date",
            "java.sql.Timestamp", "java.sql.Time", "java.util.UUID", "java.util.Currency", "java.util.Locale",
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime", "java.time.Instant",
            "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.Duration", "java.time.Period",
            "java.time.YearMonth", "java.time.Year", "java.time.MonthDay", "java.time.DayOfWeek", "java.time.Month");
    private static final Set<String> CONTAINERS = Set.of("java.util.List", "java.util.ArrayList",
            "java.util.LinkedList", "java.util.Collection", "java.util.Set", "java.util.HashSet",
            "java.util.LinkedHashSet", "java.util.SortedSet", "java.util.TreeSet", "java.util.Map", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.SortedMap", "java.util.TreeMap", "java.util.Optional");

    private final Facts facts;

    Travels(Facts facts) {
        this.facts = facts;
    }

    /** Whether the method's arguments and result travel; {@code bindings}: type parameter → argument. */
    boolean signature(MethodUsage m, Map<String, ResolvedType> bindings) {
        ResolvedMethodDeclaration d = m.getDeclaration();
        boolean varArgs = d.getNumberOfParams() > 0 && d.getLastParam().isVariadic();
        if (!d.getTypeParameters().isEmpty() || varArgs || !transferable(m.returnType(), bindings, true)) {
            return false;
        }
        for (int i = 0; i < m.getNoParams(); i++) {
            if (!transferable(m.getParamType(i), bindings, false)) {
                return false;
            }
        }
        return true;
    }

    private boolean transferable(ResolvedType type, Map<String, ResolvedType> bindings, boolean result) {
        return transferable(type, bindings, result, new HashSet<>(), 0);
    }

    /** Whether a value of the type travels as JSON and comes back as it was. */
    private boolean transferable(ResolvedType type, Map<String, ResolvedType> bindings, boolean result,
                                 Set<String> seen, int depth) {
        if (depth > 8) {
            return false;
        }
        if (type.isVoid()) {
            return result;
        }
        if (type.isPrimitive()) {
            return true;
        }
        if (type.isArray()) {
            return transferable(type.asArrayType().getComponentType(), bindings, false, seen, depth + 1);
        }
        if (type.isTypeVariable()) {
            ResolvedType bound = bindings.get(type.asTypeParameter().getQualifiedName());
            return bound != null && transferable(bound, bindings, false, seen, depth + 1);
        }
        if (!type.isReferenceType()) {
            return false;
        }
        var ref = type.asReferenceType();
        String name = ref.getQualifiedName();
        if (VALUE_JDK.contains(name)) {
            return true;
        }
        if (CONTAINERS.contains(name)) {
            var args = ref.typeParametersValues();
            return !args.isEmpty() && args.stream().allMatch(a -> transferable(a, bindings, false, seen, depth + 1));
        }
        return facts.monolith().type(name) != null && transferableClass(name, seen, depth);
    }

    /**
     * A monolith class whose objects travel by their fields: an enum, or a concrete class (no interface, no abstract
     * class whose subclass Jackson could not tell) that is no exception and no component, with fields that travel.
     */
    private boolean transferableClass(String fqn, Set<String> seen, int depth) {
        if (!seen.add(fqn)) {
            return true;
        }
        SourceType t = facts.monolith().type(fqn);
        if (t.declaration().isEnumDeclaration()) {
            return true;
        }
        if (t.declaration().isRecordDeclaration()) {
            return t.declaration().asRecordDeclaration().getParameters().stream().allMatch(p ->
                    resolvedTransferable(() -> p.getType().resolve(), seen, depth));
        }
        if (!(t.declaration() instanceof ClassOrInterfaceDeclaration c) || c.isInterface() || c.isAbstract()
                || facts.isThrowable(fqn) || facts.isController(fqn) || facts.role(fqn).isBean()
                || !facts.subtypesOf(fqn).isEmpty()) {
            return false;
        }
        List<String> chain = new ArrayList<>(List.of(fqn));
        chain.addAll(PlainComponents.superclasses(facts, fqn));
        if (chain.contains(null)) {
            return false;
        }
        for (String member : chain) {
            if (!(facts.monolith().type(member).declaration() instanceof ClassOrInterfaceDeclaration mc)) {
                return false;
            }
            for (FieldDeclaration field : mc.getFields()) {
                if (field.isStatic() || field.isTransient()) {
                    continue;
                }
                for (VariableDeclarator v : field.getVariables()) {
                    if (!resolvedTransferable(v::resolve, seen, depth)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private boolean resolvedTransferable(java.util.function.Supplier<Object> resolve, Set<String> seen, int depth) {
        try {
            Object resolved = resolve.get();
            ResolvedType type = resolved instanceof ResolvedType rt ? rt
                    : ((com.github.javaparser.resolution.declarations.ResolvedValueDeclaration) resolved).getType();
            return transferable(type, Map.of(), false, seen, depth + 1);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
