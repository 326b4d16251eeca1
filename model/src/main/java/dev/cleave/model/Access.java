package dev.cleave.model;

/**
 * How a service reaches a class of another service it depends on, in the first migration step where the services
 * still share the monolith's database. Serialized in lower case.
 */
public enum Access {
    /**
     * The calling service has its own copy of the class and uses it in-process over the shared database: the
     * default for data access (repositories, DAOs, mappers), whose remote form would be entity-level calls.
     */
    LOCAL,
    /** The calling service reaches the class over HTTP (a generated client, a facade in the owner): the default. */
    REMOTE;

    private static final java.util.Set<Stereotype> DATA_ACCESS = java.util.EnumSet.of(Stereotype.REPOSITORY,
            Stereotype.MAPPER);
    private static final java.util.Set<Stereotype> CALLABLE = java.util.EnumSet.of(Stereotype.SERVICE,
            Stereotype.COMPONENT, Stereotype.EJB, Stereotype.CONTROLLER, Stereotype.JAX_RS_RESOURCE,
            Stereotype.MESSAGE_LISTENER, Stereotype.SCHEDULED, Stereotype.REPOSITORY, Stereotype.MAPPER);

    /**
     * The access used for a class when the plan does not switch it: remote for a business bean (a service, a
     * component, a session bean), local for everything else: data access, and the values (entities, DTOs,
     * exceptions, enums), which are always copied.
     */
    public static Access defaultFor(Node target) {
        boolean bean = switchable(target) && target.stereotypes().stream().noneMatch(DATA_ACCESS::contains);
        return bean ? REMOTE : LOCAL;
    }

    /**
     * Whether a class can be reached either way: a bean, whose methods can be called over HTTP. A value type has no
     * remote form; it is copied.
     */
    public static boolean switchable(Node target) {
        return target != null && target.stereotypes().stream().anyMatch(CALLABLE::contains);
    }

    @Override
    public String toString() {
        return Names.lower(name());
    }
}
