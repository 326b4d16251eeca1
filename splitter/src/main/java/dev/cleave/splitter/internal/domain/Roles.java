package dev.cleave.splitter.internal.domain;

import dev.cleave.model.Node;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TypeKind;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a class is for, read from its stereotypes and table uses. General rules only: nothing here names a
 * particular project's classes or packages.
 */
public final class Roles {
    /** Framework-called entry points of a business capability. */
    private static final Set<Stereotype> ENTRY = EnumSet.of(Stereotype.CONTROLLER, Stereotype.JAX_RS_RESOURCE,
            Stereotype.SERVLET, Stereotype.EJB, Stereotype.MESSAGE_LISTENER, Stereotype.SCHEDULED);
    /** Called by the framework although no project class references them. */
    private static final Set<Stereotype> FRAMEWORK = EnumSet.of(Stereotype.LISTENER, Stereotype.FILTER,
            Stereotype.CONFIGURATION, Stereotype.APPLICATION, Stereotype.COMPONENT, Stereotype.TEST,
            Stereotype.ENTITY, Stereotype.EMBEDDABLE, Stereotype.REPOSITORY, Stereotype.MAPPER);
    /**
     * Usually cross-cutting: kept out of clustering and placed afterwards with the one service that uses them, or
     * in {@code shared} when several do.
     */
    private static final Set<Stereotype> CROSS_CUTTING = EnumSet.of(Stereotype.UTILITY, Stereotype.CONSTANTS,
            Stereotype.MAPPED_SUPERCLASS, Stereotype.CONFIGURATION, Stereotype.APPLICATION, Stereotype.FILTER,
            Stereotype.EXCEPTION);

    private Roles() {
    }

    public static boolean isEntryPoint(Node n) {
        return !n.entryPoints().isEmpty() || n.stereotypes().stream().anyMatch(ENTRY::contains);
    }

    /** An entity that maps a table: the strongest sign of a business capability. */
    public static boolean isEntity(Node n) {
        return !n.is(Stereotype.MAPPED_SUPERCLASS)
                && (n.is(Stereotype.ENTITY) || n.tables().stream().anyMatch(t -> t.access() == TableAccess.MAPS));
    }

    /** Entry points and entities anchor a business capability. */
    public static boolean isAnchor(Node n) {
        return isEntryPoint(n) || isEntity(n);
    }

    public static boolean isFrameworkInvoked(Node n) {
        return isEntryPoint(n) || n.stereotypes().stream().anyMatch(FRAMEWORK::contains);
    }

    /** An in-process event or context listener (not a message consumer, which is an entry point). */
    public static boolean isListener(Node n) {
        return n.is(Stereotype.LISTENER) && !isEntryPoint(n);
    }

    /** A class that carries data rather than behaviour: entities, value types, DTOs, exceptions, enums, records. */
    public static boolean isData(Node n) {
        return n.is(Stereotype.ENTITY) || n.is(Stereotype.EMBEDDABLE) || n.is(Stereotype.DTO)
                || n.is(Stereotype.EXCEPTION) || n.is(Stereotype.MAPPED_SUPERCLASS)
                || n.kind() == TypeKind.ENUM || n.kind() == TypeKind.RECORD || n.kind() == TypeKind.ANNOTATION;
    }

    /** A bean with business behaviour: a service, a component or an EJB that is not data access. */
    public static boolean isBusinessBean(Node n) {
        return (n.is(Stereotype.SERVICE) || n.is(Stereotype.COMPONENT) || n.is(Stereotype.EJB)) && !isDataAccess(n)
                && !isData(n);
    }

    /** Data access: repositories, DAOs, mappers. */
    public static boolean isDataAccess(Node n) {
        return n.is(Stereotype.REPOSITORY) || n.is(Stereotype.MAPPER);
    }

    public static boolean isCrossCuttingByStereotype(Node n) {
        return !isAnchor(n) && n.stereotypes().stream().anyMatch(CROSS_CUTTING::contains);
    }
}
