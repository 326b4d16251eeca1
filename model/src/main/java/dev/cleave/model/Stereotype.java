package dev.cleave.model;

/**
 * A role a type plays in the application, recognised from annotations, naming conventions and deployment
 * descriptors. Serialized in lower case with '-' (for example {@code rest-controller}).
 */
public enum Stereotype {
    /** JPA/Hibernate entity ({@code @Entity}) or a class mapped in {@code orm.xml}/{@code hbm.xml}. */
    ENTITY,
    /** {@code @Embeddable} value mapped inside entities. */
    EMBEDDABLE,
    /** {@code @MappedSuperclass}: a base class of entities. */
    MAPPED_SUPERCLASS,
    /** Data access: Spring Data repositories, {@code @Repository}, DAOs. */
    REPOSITORY,
    /** MyBatis mapper interface ({@code @Mapper} or the namespace of a mapper XML). */
    MAPPER,
    /** Business service: {@code @Service}, session facades. */
    SERVICE,
    /** Generic Spring/CDI bean ({@code @Component}, {@code @Named}, an XML-declared bean). */
    COMPONENT,
    /** Web controller serving HTTP: Spring MVC, Struts/Stripes actions. */
    CONTROLLER,
    /** JAX-RS resource ({@code @Path}). */
    JAX_RS_RESOURCE,
    /** Spring {@code @Configuration} or Boot application class. */
    CONFIGURATION,
    /** Servlet ({@code @WebServlet} or declared in web.xml). */
    SERVLET,
    /** Servlet filter. */
    FILTER,
    /** Servlet/context listener or event listener. */
    LISTENER,
    /** Enterprise Java Bean (session or message-driven). */
    EJB,
    /** Message consumer (JMS listener, message-driven bean, Kafka/Rabbit listener). */
    MESSAGE_LISTENER,
    /** Scheduled job ({@code @Scheduled}, a timer task, a Quartz job). */
    SCHEDULED,
    /** Data transfer object, form or view model. */
    DTO,
    /** Exception type. */
    EXCEPTION,
    /** Static helpers only: a utility class. */
    UTILITY,
    /** Constants holder. */
    CONSTANTS,
    /** Entry class with a {@code main} method or {@code @SpringBootApplication}. */
    APPLICATION,
    /** A test class (only present when tests are analyzed). */
    TEST;

    @Override
    public String toString() {
        return Names.lower(name());
    }
}
