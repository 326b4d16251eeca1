package dev.cleave.codegen.internal.source;

/** How a type crosses a service boundary. */
public enum Role {
    /** The Spring Boot application class: every service runs it. */
    APPLICATION,
    /** A Spring bean or a bean's interface: other services reach it over HTTP through a generated client. */
    BEAN,
    /**
     * Data access (a Spring Data repository, a {@code @Repository} class or its interface): over the shared database
     * of the first migration step, a service that uses it gets its own copy mapped to the same tables, as an
     * architect would do before splitting the data; a business operation, not a row, is what crosses services.
     */
    REPOSITORY,
    /**
     * Web glue that Spring MVC applies to every controller of the application (a {@code Formatter} or
     * {@code Converter}, a {@code @ControllerAdvice}, a {@code WebMvcConfigurer}, an interceptor, a servlet filter):
     * every service with controllers gets its own copy, so forms bind and errors render as in the monolith.
     */
    WEB,
    /** A JPA entity, mapped superclass or embeddable: other services get a copy mapped to the same table. */
    ENTITY,
    /** Anything else (DTOs, enums, events, exceptions, utilities): other services get a copy. */
    VALUE;

    /** Whether instances are Spring beans ({@link #BEAN}, {@link #REPOSITORY} or {@link #WEB}). */
    public boolean isBean() {
        return this == BEAN || this == REPOSITORY || this == WEB;
    }
}
