package dev.cleave.analyzer.internal.facts;

import static dev.cleave.model.Stereotype.*;

import dev.cleave.model.Stereotype;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Library annotations and supertypes that give a type a role, by fully-qualified name. */
final class KnownTypes {
    /** Annotations on a type, a method or a field, and the roles they give the type. */
    static final Map<String, Set<Stereotype>> ANNOTATIONS = new HashMap<>();
    /** Library supertypes (extended or implemented) and the roles they give. */
    static final Map<String, Set<Stereotype>> SUPERTYPES = new HashMap<>();
    /** Annotations that make a bean a single shared instance (or a session-held one). */
    static final Set<String> SINGLETON_SCOPES = new java.util.HashSet<>();
    /** Injection annotations: a field carrying one holds a dependency, not state. */
    static final Set<String> INJECTION = new java.util.HashSet<>();

    static {
        for (String ee : List.of("javax", "jakarta")) {
            annotation(ee + ".persistence.Entity", ENTITY);
            annotation(ee + ".persistence.Embeddable", EMBEDDABLE);
            annotation(ee + ".persistence.MappedSuperclass", MAPPED_SUPERCLASS);
            annotation(ee + ".ejb.Stateless", EJB);
            annotation(ee + ".ejb.Stateful", EJB);
            annotation(ee + ".ejb.Singleton", EJB);
            annotation(ee + ".ejb.MessageDriven", EJB, MESSAGE_LISTENER);
            annotation(ee + ".ejb.Schedule", SCHEDULED);
            annotation(ee + ".ejb.Schedules", SCHEDULED);
            annotation(ee + ".servlet.annotation.WebServlet", SERVLET);
            annotation(ee + ".servlet.annotation.WebFilter", FILTER);
            annotation(ee + ".servlet.annotation.WebListener", LISTENER);
            annotation(ee + ".ws.rs.Path", JAX_RS_RESOURCE);
            annotation(ee + ".inject.Named", COMPONENT);
            annotation(ee + ".inject.Singleton", COMPONENT);
            for (String scope : List.of("ApplicationScoped", "RequestScoped", "SessionScoped", "ConversationScoped",
                    "Dependent")) {
                annotation(ee + ".enterprise.context." + scope, COMPONENT);
            }
            supertype(ee + ".servlet.http.HttpServlet", SERVLET);
            supertype(ee + ".servlet.GenericServlet", SERVLET);
            supertype(ee + ".servlet.Servlet", SERVLET);
            supertype(ee + ".servlet.Filter", FILTER);
            supertype(ee + ".servlet.http.HttpFilter", FILTER);
            for (String listener : List.of("ServletContextListener", "ServletRequestListener",
                    "ServletContextAttributeListener", "ServletRequestAttributeListener", "http.HttpSessionListener",
                    "http.HttpSessionAttributeListener", "http.HttpSessionBindingListener")) {
                supertype(ee + ".servlet." + listener, LISTENER);
            }
            // a JAX-RS application's class: its entry, as @SpringBootApplication is a Boot application's
            annotation(ee + ".ws.rs.ApplicationPath", APPLICATION);
            supertype(ee + ".jms.MessageListener", MESSAGE_LISTENER);
            supertype(ee + ".ejb.SessionBean", EJB);
            supertype(ee + ".ejb.MessageDrivenBean", EJB, MESSAGE_LISTENER);
            supertype(ee + ".ejb.EntityBean", EJB, ENTITY);
            SINGLETON_SCOPES.addAll(List.of(ee + ".ejb.Singleton", ee + ".ejb.Stateful", ee + ".inject.Singleton",
                    ee + ".enterprise.context.ApplicationScoped", ee + ".enterprise.context.SessionScoped",
                    ee + ".servlet.annotation.WebServlet", ee + ".servlet.annotation.WebFilter",
                    ee + ".servlet.annotation.WebListener"));
            INJECTION.addAll(List.of(ee + ".inject.Inject", ee + ".annotation.Resource", ee + ".ejb.EJB",
                    ee + ".persistence.PersistenceContext", ee + ".persistence.PersistenceUnit"));
        }
        String spring = "org.springframework.";
        annotation(spring + "stereotype.Repository", REPOSITORY);
        annotation(spring + "stereotype.Service", SERVICE);
        annotation(spring + "stereotype.Component", COMPONENT);
        annotation(spring + "stereotype.Controller", CONTROLLER);
        annotation(spring + "web.bind.annotation.RestController", CONTROLLER);
        annotation(spring + "web.bind.annotation.ControllerAdvice", COMPONENT);
        annotation(spring + "web.bind.annotation.RestControllerAdvice", COMPONENT);
        annotation(spring + "context.annotation.Configuration", CONFIGURATION);
        annotation(spring + "boot.autoconfigure.SpringBootApplication", CONFIGURATION, APPLICATION);
        annotation(spring + "boot.context.properties.ConfigurationProperties", CONFIGURATION);
        annotation(spring + "scheduling.annotation.Scheduled", SCHEDULED);
        annotation(spring + "jms.annotation.JmsListener", MESSAGE_LISTENER);
        annotation(spring + "kafka.annotation.KafkaListener", MESSAGE_LISTENER);
        annotation(spring + "amqp.rabbit.annotation.RabbitListener", MESSAGE_LISTENER);
        annotation(spring + "context.event.EventListener", LISTENER);
        annotation(spring + "transaction.event.TransactionalEventListener", LISTENER);
        annotation(spring + "data.repository.RepositoryDefinition", REPOSITORY);
        annotation("org.apache.ibatis.annotations.Mapper", MAPPER);
        annotation("net.sourceforge.stripes.action.UrlBinding", CONTROLLER);
        for (String test : List.of("org.junit.Test", "org.junit.jupiter.api.Test",
                "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
                "org.junit.jupiter.api.TestFactory", "org.testng.annotations.Test",
                spring + "boot.test.context.SpringBootTest")) {
            annotation(test, TEST);
        }
        for (String bean : List.of("stereotype.Repository", "stereotype.Service", "stereotype.Component",
                "stereotype.Controller", "web.bind.annotation.RestController", "web.bind.annotation.ControllerAdvice",
                "web.bind.annotation.RestControllerAdvice", "context.annotation.Configuration",
                "boot.autoconfigure.SpringBootApplication")) {
            SINGLETON_SCOPES.add(spring + bean);
        }
        INJECTION.addAll(List.of(spring + "beans.factory.annotation.Autowired",
                spring + "beans.factory.annotation.Value",
                spring + "beans.factory.annotation.Qualifier"));

        // what the container runs at start to set the web application up in code (no web.xml): configuration
        for (String initializer : List.of("web.WebApplicationInitializer",
                "web.context.AbstractContextLoaderInitializer",
                "web.servlet.support.AbstractDispatcherServletInitializer",
                "web.servlet.support.AbstractAnnotationConfigDispatcherServletInitializer",
                "security.web.context.AbstractSecurityWebApplicationInitializer",
                "session.web.context.AbstractHttpSessionApplicationInitializer")) {
            supertype(spring + initializer, CONFIGURATION);
        }
        supertype(spring + "web.filter.OncePerRequestFilter", FILTER);
        supertype(spring + "web.filter.GenericFilterBean", FILTER);
        supertype(spring + "context.ApplicationListener", LISTENER);
        supertype(spring + "amqp.core.MessageListener", MESSAGE_LISTENER);
        supertype(spring + "web.servlet.mvc.Controller", CONTROLLER);
        supertype(spring + "web.servlet.mvc.AbstractController", CONTROLLER);
        supertype(spring + "web.servlet.mvc.SimpleFormController", CONTROLLER);
        supertype(spring + "web.servlet.mvc.multiaction.MultiActionController", CONTROLLER);
        supertype(spring + "scheduling.quartz.QuartzJobBean", SCHEDULED);
        supertype("java.util.TimerTask", SCHEDULED);
        supertype("org.quartz.Job", SCHEDULED);
        supertype("org.quartz.StatefulJob", SCHEDULED);
        supertype("org.apache.struts.action.Action", CONTROLLER);
        for (String action : List.of("DispatchAction", "LookupDispatchAction", "MappingDispatchAction",
                "EventDispatchAction")) {
            supertype("org.apache.struts.actions." + action, CONTROLLER);
        }
        supertype("org.apache.struts.action.ActionForm", DTO);
        supertype("org.apache.struts.validator.ValidatorForm", DTO);
        supertype("org.apache.struts.action.DynaActionForm", DTO);
        supertype("com.opensymphony.xwork2.ActionSupport", CONTROLLER);
        supertype("com.opensymphony.xwork2.Action", CONTROLLER);
        supertype("net.sourceforge.stripes.action.ActionBean", CONTROLLER);
        supertype("java.lang.Throwable", EXCEPTION);
    }

    private KnownTypes() {
    }

    /** Whether the name is a Spring Data repository interface (they give REPOSITORY and manage an entity). */
    static boolean isSpringDataRepository(String fqn) {
        return fqn.startsWith("org.springframework.data.") && fqn.endsWith("Repository");
    }

    /** Struts 1 actions are singletons shared by all requests (unlike Struts 2 and Stripes actions). */
    static boolean isStruts1Action(String fqn) {
        return fqn.startsWith("org.apache.struts.action") && fqn.endsWith("Action");
    }

    /** Every known name (annotations and supertypes), for resolving names that imports leave open. */
    static boolean isKnown(String fqn) {
        return ANNOTATIONS.containsKey(fqn) || SUPERTYPES.containsKey(fqn) || INJECTION.contains(fqn);
    }

    private static void annotation(String fqn, Stereotype... roles) {
        ANNOTATIONS.put(fqn, Set.of(roles));
    }

    private static void supertype(String fqn, Stereotype... roles) {
        SUPERTYPES.put(fqn, Set.of(roles));
    }
}
