package dev.cleave.codegen.internal.source;

/** How a type crosses a service boundary. */
public enum Role {
    /** The Spring Boot application class: every service runs it. */
    APPLICATION,
    /** A Spring bean or a bean's interface: other services reach it over HTTP through a generated client. */
    BEAN,
    /** A JPA entity, mapped superclass or embeddable: other services get a copy mapped to the same table. */
    ENTITY,
    /** Anything else (DTOs, enums, events, exceptions, utilities): other services get a copy. */
    VALUE
}
