package dev.cleave.splitter.synthetic;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TypeKind;

import java.util.List;

/**
 * The layers of a generated service (and the shared utility layer), with the share of a service's classes in
 * each, the relative out-degree, and where their dependencies go.
 */
enum Role {
    CONTROLLER("web", "Controller", Stereotype.CONTROLLER, TypeKind.CLASS, 0.10, 1.3),
    SERVICE("service", "Service", Stereotype.SERVICE, TypeKind.CLASS, 0.22, 1.6),
    REPOSITORY("repository", "Repository", Stereotype.REPOSITORY, TypeKind.INTERFACE, 0.15, 0.7),
    ENTITY("domain", "", Stereotype.ENTITY, TypeKind.CLASS, 0.20, 0.8),
    DTO("dto", "Dto", Stereotype.DTO, TypeKind.RECORD, 0.33, 0.5),
    SHARED("util", "Util", Stereotype.UTILITY, TypeKind.CLASS, 0, 0.4);

    final String pkg;
    final String suffix;
    final Stereotype stereotype;
    final TypeKind kind;
    final double share;
    final double outDegree;

    Role(String pkg, String suffix, Stereotype stereotype, TypeKind kind, double share, double outDegree) {
        this.pkg = pkg;
        this.suffix = suffix;
        this.stereotype = stereotype;
        this.kind = kind;
        this.share = share;
        this.outDegree = outDegree;
    }

    /** A dependency a class of this role draws: target role, edge kind, probability. */
    record Link(Role target, EdgeKind kind, double p) {
    }

    /** Where this role's dependencies go; probabilities sum to 1. */
    List<Link> links() {
        return switch (this) {
            case CONTROLLER -> List.of(new Link(SERVICE, EdgeKind.CALL, 0.55), new Link(DTO, EdgeKind.TYPE_USE, 0.25),
                    new Link(SHARED, EdgeKind.CALL, 0.15), new Link(CONTROLLER, EdgeKind.CO_CHANGE, 0.05));
            case SERVICE -> List.of(new Link(REPOSITORY, EdgeKind.CALL, 0.3), new Link(SERVICE, EdgeKind.CALL, 0.15),
                    new Link(ENTITY, EdgeKind.NEW, 0.1), new Link(ENTITY, EdgeKind.TYPE_USE, 0.1),
                    new Link(DTO, EdgeKind.NEW, 0.1), new Link(SHARED, EdgeKind.CALL, 0.2),
                    new Link(SERVICE, EdgeKind.CO_CHANGE, 0.05));
            case REPOSITORY -> List.of(new Link(ENTITY, EdgeKind.TYPE_USE, 0.45), new Link(ENTITY, EdgeKind.TABLE, 0.3),
                    new Link(SHARED, EdgeKind.EXTENDS, 0.2), new Link(ENTITY, EdgeKind.CO_CHANGE, 0.05));
            case ENTITY -> List.of(new Link(ENTITY, EdgeKind.FIELD, 0.55), new Link(SHARED, EdgeKind.TYPE_USE, 0.4),
                    new Link(ENTITY, EdgeKind.CO_CHANGE, 0.05));
            case DTO -> List.of(new Link(ENTITY, EdgeKind.TYPE_USE, 0.5), new Link(DTO, EdgeKind.FIELD, 0.25),
                    new Link(SHARED, EdgeKind.CALL, 0.2), new Link(DTO, EdgeKind.CO_CHANGE, 0.05));
            case SHARED -> List.of(new Link(SHARED, EdgeKind.CALL, 1.0));
        };
    }
}
