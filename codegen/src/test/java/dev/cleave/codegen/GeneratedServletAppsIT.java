package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.analyzer.Analyzer;
import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.codegen.deploy.BaseImages;
import dev.cleave.codegen.deploy.ContainerImages;
import dev.cleave.codegen.deploy.JibConfig;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A servlet web application written before Spring Boot (payroll-servlets: a WAR of servlets declared in web.xml and
 * with {@code @WebServlet}, a login filter, a listener that makes the DataSource and sets the in-memory H2 database up
 * when a context parameter says so, JSP/JSTL pages, Tomcat 10.1) becomes Spring Boot services that run its own
 * servlets, filters, listeners and pages in an embedded Tomcat, behind a gateway that keeps its URLs. Before,
 * generation refused every monolith without a {@code @SpringBootApplication} class. The monolith passes the same
 * scenarios in the sample's own tests ({@code HttpScenariosTest}, embedded Tomcat); a second generation writes
 * nothing ({@link GeneratedSystem#generate}).
 */
class GeneratedServletAppsIT {
    private static final Path WORK = Path.of("target/it/servlet-apps").toAbsolutePath();

    @Test
    void referencePlanBehavesLikeTheMonolithBehindTheGateway() throws Exception {
        Path sample = Samples.repo().resolve("samples/payroll-servlets");
        // with the container images: the employees service's image renders the sign-in page (servlet + JSP)
        GeneratedSystem system = runs(sample, PlanJson.read(sample.resolve("expected.json")),
                WORK.resolve("payroll-servlets/expected"), true, "services/employees", "/login");
        Path out = system.out();
        String employees = Files.readString(out.resolve("services/employees/src/main/resources/META-INF/cleave/web.xml"));
        assertThat(employees).as("its own servlets, every filter and listener, the database's parameters pointing"
                        + " at the shared database and the start-up set-up off")
                .contains("<servlet-class>com.northfield.payroll.servlet.LoginServlet</servlet-class>",
                        "<filter-class>com.northfield.payroll.filter.LoginFilter</filter-class>",
                        "<listener-class>com.northfield.payroll.listener.PayrollContextListener</listener-class>",
                        "<param-name>payroll.jdbc.url</param-name><param-value>${spring.datasource.url}</param-value>",
                        "<param-name>payroll.initDatabase</param-name><param-value>false</param-value>")
                .doesNotContain("RunPayrollServlet", "ListTimesheetsServlet");
        assertThat(Files.readString(out.resolve("database/src/main/resources/META-INF/cleave/web.xml")))
                .as("the database module runs the listener that sets the database up, with the monolith's parameters")
                .contains("<param-name>payroll.initDatabase</param-name><param-value>true</param-value>",
                        "<param-value>jdbc:h2:mem:payroll;DB_CLOSE_DELAY=-1</param-value>", "PayrollContextListener")
                .doesNotContain("<servlet>", "<filter>");
        assertThat(out.resolve("shared/src/main/resources/META-INF/resources/WEB-INF/jsp/employees/list.jsp"))
                .as("the pages, where the embedded Tomcat's Jasper finds them").isRegularFile();
        assertThat(out.resolve("shared/src/main/resources/META-INF/resources/WEB-INF/web.xml")).doesNotExist();
        assertThat(Files.readString(out.resolve("shared/pom.xml"))).contains("<artifactId>tomcat-embed-jasper</artifactId>",
                "<artifactId>spring-boot-starter-web</artifactId>", "<version>3.5.7</version>");
        assertThat(Files.readString(out.resolve("gateway/src/main/resources/application.properties")))
                .contains("=Path=/employees/register\n", "=Path=/payroll/run\n", "=Path=/timesheets\n");
        String dao = "src/main/java/com/northfield/payroll/dao/EmployeeDao.java";
        assertThat(Files.readString(out.resolve("services/timekeeping/" + dao)))
                .as("timekeeping's servlets call the employees service's DAO: a client with its constructor and methods")
                .contains("public EmployeeDao(javax.sql.DataSource dataSource) {",
                        "public com.northfield.payroll.bean.Employee findById(int id) {",
                        "dev.cleave.runtime.LegacyCalls.remote().call(SERVICE__, ")
                .doesNotContain("findPayable", "terminate");
        assertThat(out.resolve("services/employees/src/main/java/com/northfield/payroll/dao/EmployeeDaoCleaveFacade.java"))
                .content().contains("this.target = new com.northfield.payroll.dao.EmployeeDao(dataSource);");
        assertThat(out.resolve("services/payroll/" + dao)).as("the payroll run hands the DAO its JDBC connection"
                + " (one transaction): a copy").hasSameTextualContentAs(sample.resolve(dao));
    }

    @Test
    void splittersOwnPlanBehavesLikeTheMonolithBehindTheGateway() throws Exception {
        Path sample = Samples.repo().resolve("samples/payroll-servlets");
        Plan plan = Splitter.split(Analyzer.analyze(AnalyzerOptions.of(sample).withGitCommits(0)), SplitOptions.defaults());
        runs(sample, plan, WORK.resolve("payroll-servlets/split"));
    }

    /**
     * servlet-library (a Tomcat 9 WAR on {@code javax.servlet} under a parent that imports Boot 3's BOM; its database
     * URL in its own {@code library.properties}, read by a connection provider; "EJB-style" facades that a service
     * locator instantiates by the class names in {@code ejb-jndi.properties}) with its reference plan and with the
     * splitter's own. Before, it was refused: no {@code @SpringBootApplication}, then an in-memory URL named outside
     * the context parameters.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aWarWhoseDatabaseAndBeansAreNamedInItsOwnSettingsFilesBehavesLikeTheMonolith(boolean reference)
            throws Exception {
        Path sample = Samples.repo().resolve("samples/servlet-library");
        Plan plan = reference ? PlanJson.read(sample.resolve("expected.json"))
                : Splitter.split(Analyzer.analyze(AnalyzerOptions.of(sample).withGitCommits(0)), SplitOptions.defaults());
        // no call crosses services yet: its DAOs join the transaction its facades keep in a ThreadLocal, and the
        // facades, which a service locator makes by name, are copied into every service (issue 11, open)
        // with its reference plan, the images too: the catalog service's answers a book from the shared database
        GeneratedSystem system = runs(sample, plan, WORK.resolve("servlet-library/" + (reference ? "expected" : "split")),
                false, reference ? "services/catalog" : null, "/api/books/1", "Dune");
        Path out = system.out();
        assertThat(Files.readString(out.resolve("shared/pom.xml"))).as("javax: Boot 2.7, not the parent's Boot 3")
                .contains("<version>2.7.18</version>").doesNotContain("spring-boot-dependencies");
        if (reference) {
            String provider = Files.readString(out.resolve("services/circulation/src/main/java/org/example/library/db/"
                    + "ConnectionProvider.java").toFile().exists() ? out.resolve("services/circulation/src/main/java/"
                    + "org/example/library/db/ConnectionProvider.java") : out.resolve("shared/src/main/java/org/example/"
                    + "library/db/ConnectionProvider.java"));
            assertThat(provider).as("the one change: the URL handed to JDBC goes through LegacyDatabase.url")
                    .contains("ds.setURL(dev.cleave.runtime.LegacyDatabase.url(AppConfig.get(\"jdbc.url\",");
        }
    }

    /**
     * struts-insurance (Struts 1 actions over Spring XML services and MyBatis XML mappers, javax on Tomcat 9): its
     * Spring context opens the in-memory HyperSQL database through {@code ${jdbc.url}} of {@code office.properties}
     * and sets it up with {@code <jdbc:initialize-database enabled="${jdbc.initialize}">}. The database module serves it
     * and runs the scripts once; the services' settings point the placeholders at it and switch the set-up off.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aStrutsWarOverASpringXmlContextBehavesLikeTheMonolith(boolean reference) throws Exception {
        Path sample = Samples.repo().resolve("samples/struts-insurance");
        Plan plan = reference ? PlanJson.read(sample.resolve("expected.json"))
                : Splitter.split(Analyzer.analyze(AnalyzerOptions.of(sample).withGitCommits(0)), SplitOptions.defaults());
        // its services and mappers are Spring XML beans, made by name in every service: copies, no call crosses yet
        // with its reference plan, the images too: the staff service's renders the sign-in page (Struts + JSP)
        GeneratedSystem system = runs(sample, plan, WORK.resolve("struts-insurance/" + (reference ? "expected"
                : "split")), false, reference ? "services/staff" : null, "/login.do");
        Path out = system.out();
        String service = Files.readString(out.resolve("services/" + (reference ? "claims" : plan.services().get(0)
                .name()) + "/src/main/resources/application.properties"));
        assertThat(service).contains("jdbc.url=${spring.datasource.url}", "jdbc.initialize=false",
                "spring.datasource.url=jdbc:hsqldb:hsql://localhost:");
        assertThat(Files.readString(out.resolve("database/src/main/resources/application.properties")))
                .contains("spring.sql.init.mode=always",
                        "spring.sql.init.schema-locations=classpath:sql/schema.sql,classpath:sql/seed.sql");
    }

    /**
     * evening-classes (a Spring 6.2 WAR that never moved to Boot: no {@code web.xml} but an
     * {@code AbstractDispatcherServletInitializer} over XML root and servlet contexts, the {@code jpa} profile chosen in
     * code among JPA and JDBC repositories of each interface, a {@code DispatcherServlet} at {@code /}, a data source
     * over a Maven-filtered {@code jdbc.properties} whose H2 profile is active by default, JSPs, a webjar). Before, it was
     * refused (no web.xml, no servlet); spring-framework-petclinic, of the same shape, too. Now each service runs the
     * initializer, its root context is the service's own, and the database module serves the database the XML set up.
     * The splitter's plan runs on a copy whose initializer is the plain {@code WebApplicationInitializer} of Spring's
     * documentation ({@link Samples#eveningClassesWithPlainInitializer}): its {@code onStartup} builds the root context
     * and hands it to a {@code ContextLoaderListener}. Before, the services read no root context from it (no beans).
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aWarSetUpByASpringInitializerOverXmlContextsBehavesLikeTheMonolith(boolean reference) throws Exception {
        Path sample = reference ? Samples.repo().resolve("samples/evening-classes")
                : Samples.eveningClassesWithPlainInitializer(Files.createDirectories(WORK.resolve("evening-plain"))
                        .resolve("evening-classes"));
        Plan plan = reference ? PlanJson.read(sample.resolve("expected.json"))
                : Splitter.split(Analyzer.analyze(AnalyzerOptions.of(sample).withGitCommits(0)), SplitOptions.defaults());
        GeneratedSystem system = runs(sample, plan, WORK.resolve("evening-classes/" + (reference ? "expected"
                : "split")), false);
        Path out = system.out();
        String service = Files.readString(out.resolve("services/" + plan.services().get(0).name()
                + "/src/main/resources/application.properties"));
        assertThat(service).as("the monolith's servlet answers at '/', its XML says which classes are beans")
                .contains("spring.mvc.servlet.path=/cleave/dispatcher", "jdbc.url=${spring.datasource.url}",
                        "spring.data.jpa.repositories.enabled=false");
        assertThat(Files.readString(out.resolve("database/src/main/resources/application.properties")))
                .contains("spring.sql.init.mode=always", "spring.datasource.url=jdbc:h2:mem:");
    }

    /**
     * permits-office (a Java EE 8 WAR that ran in TomEE: stateless, singleton and stateful session beans with
     * container-managed transactions, JAX-RS resources and exception mappers, JPA over a {@code @DataSourceDefinition},
     * env-entries, CDI, a message-driven bean on a JMS queue fed after commit) with its reference plan and the
     * splitter's own. Before, it was refused. Now its beans run as Spring beans in each service, its resources on Jersey,
     * its set-up bean once in the database module, which also runs the broker; the message-driven bean listens in the
     * service that owns it. Its session beans call each other across services inside transactions, which HyperSQL
     * served by the database module does not see uncommitted: accepted, as the sample's callees read nothing their
     * callers wrote first.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aJavaEeApplicationRunsItsBeansResourcesAndMessagesOnSpringBoot(boolean reference) throws Exception {
        Path sample = Samples.repo().resolve("samples/permits-office");
        Plan plan = reference ? PlanJson.read(sample.resolve("expected.json"))
                : Splitter.split(Analyzer.analyze(AnalyzerOptions.of(sample).withGitCommits(0)), SplitOptions.defaults());
        // with its reference plan, the images too: the parcels service's answers a parcel from the shared database
        GeneratedSystem system = runs(sample, plan, WORK.resolve("permits-office/" + (reference ? "expected" : "split")),
                true, reference ? "services/parcels" : null, "/api/parcels/HC-1042", "12 Quay Street", true);
        Path out = system.out();
        String listener = "org.harbourcity.permits.jms.PermitIssuedListener";
        String owner = plan.services().stream().filter(s -> s.classes().contains(listener)).findFirst().orElseThrow()
                .name();
        for (Service s : plan.services()) {
            String beans = Files.readString(out.resolve("services/" + s.name()
                    + "/src/main/resources/META-INF/cleave/javaee.properties"));
            assertThat(beans).as("the message-driven bean listens in its owner only; the set-up bean runs in no service")
                    .contains("mdbs=" + (s.name().equals(owner) ? listener : "") + "\n")
                    .doesNotContain("config.DatabaseSetup");
        }
        assertThat(Files.readString(out.resolve("database/src/main/resources/META-INF/cleave/javaee.properties")))
                .contains("beans=org.harbourcity.permits.config.DatabaseSetup\n");
        assertThat(Files.readString(out.resolve("database/pom.xml"))).contains("<artifactId>artemis-jms-server</artifactId>");
        assertThat(Files.readString(out.resolve("shared/pom.xml"))).as("javax: Boot 2.7, Jersey with JSON-B")
                .contains("<version>2.7.18</version>", "<artifactId>spring-boot-starter-jersey</artifactId>",
                        "<artifactId>jersey-media-json-binding</artifactId>", "<artifactId>javax.ejb-api</artifactId>",
                        "<artifactId>spring-boot-starter-artemis</artifactId>", "<artifactId>hsqldb</artifactId>");
        assertThat(out.resolve("shared/src/main/resources/META-INF/persistence.xml")).as("the unit is Spring's JPA set-up")
                .doesNotExist();
    }

    /**
     * A Jakarta EE 10 application (not a sample: written here, unlike permits-office in each of these ways): the
     * {@code jakarta} namespace, so Spring Boot 3; its persistence unit on the server's default data source (none
     * declared) with the JPA standard's {@code drop-and-create} and a load script; an EJB injected with CDI's
     * {@code @Inject}; an application exception mapped by a provider; a stateless bean of one service calling the
     * other's; a business method the bean inherits from a generic facade (it runs in the bean's transaction); a
     * {@code @PostConstruct} that writes (it runs in the container's transaction). The database module serves
     * an in-memory H2 database in the server's place, creates the schema and loads the script once; the services create
     * nothing.
     */
    @Test
    void aJakartaEeApplicationOnTheServersDefaultDataSourceRunsOnSpringBoot3() throws Exception {
        Path work = Files.createDirectories(WORK.resolve("jakarta-orders"));
        Path monolith = work.resolve("orders");
        TinyMonoliths.write(monolith, "pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId><artifactId>orders</artifactId><version>1.0</version><packaging>war</packaging>
                  <properties><maven.compiler.release>17</maven.compiler.release></properties>
                  <dependencies>
                    <dependency><groupId>jakarta.platform</groupId><artifactId>jakarta.jakartaee-api</artifactId>
                      <version>10.0.0</version><scope>provided</scope></dependency>
                  </dependencies>
                </project>
                """);
        TinyMonoliths.write(monolith, "src/main/webapp/WEB-INF/web.xml", """
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>
                """);
        TinyMonoliths.write(monolith, "src/main/resources/META-INF/persistence.xml", """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="orders">
                    <properties>
                      <property name="jakarta.persistence.schema-generation.database.action" value="drop-and-create"/>
                      <property name="jakarta.persistence.sql-load-script-source" value="META-INF/load.sql"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """);
        TinyMonoliths.write(monolith, "src/main/resources/META-INF/load.sql", """
                INSERT INTO Customer (id, name) VALUES (1, 'Ada Lovelace');
                INSERT INTO Customer (id, name) VALUES (2, 'Alan Turing');
                """);
        String pkg = "package org.example.orders;\n";
        TinyMonoliths.write(monolith, "src/main/java/org/example/orders/Customer.java", pkg + """
                import jakarta.persistence.*;
                @Entity
                public class Customer {
                    @Id private Long id;
                    private String name;
                    protected Customer() { }
                    public Customer(Long id, String name) { this.id = id; this.name = name; }
                    public Long getId() { return id; }
                    public String getName() { return name; }
                }
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/orders/PurchaseOrder.java", pkg + """
                import jakarta.persistence.*;
                @Entity
                public class PurchaseOrder {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
                    private String customer;
                    private String item;
                    public Long getId() { return id; }
                    public String getCustomer() { return customer; }
                    public void setCustomer(String customer) { this.customer = customer; }
                    public String getItem() { return item; }
                    public void setItem(String item) { this.item = item; }
                }
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/orders/UnknownCustomer.java", pkg + """
                import jakarta.ejb.ApplicationException;
                @ApplicationException(rollback = true)
                public class UnknownCustomer extends RuntimeException {
                    public UnknownCustomer(Long id) { super("There is no customer " + id + "."); }
                }
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/orders/UnknownCustomerMapper.java", pkg + """
                import jakarta.ws.rs.core.*;
                import jakarta.ws.rs.ext.*;
                @Provider
                public class UnknownCustomerMapper implements ExceptionMapper<UnknownCustomer> {
                    public Response toResponse(UnknownCustomer e) {
                        return Response.status(404).type(MediaType.TEXT_PLAIN).entity(e.getMessage()).build();
                    }
                }
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/orders/CustomerService.java", pkg + """
                import jakarta.ejb.Stateless;
                import jakarta.persistence.*;
                @Stateless
                public class CustomerService {
                    @PersistenceContext private EntityManager em;
                    /** the container runs it in a transaction, as it does the business methods */
                    @jakarta.annotation.PostConstruct
                    void seed() {
                        if (em.find(Customer.class, 3L) == null) { em.persist(new Customer(3L, "Grace Hopper")); }
                    }
                    public String nameOf(Long id) {
                        Customer c = em.find(Customer.class, id);
                        if (c == null) { throw new UnknownCustomer(id); }
                        return c.getName();
                    }
                }
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/orders/AbstractFacade.java", pkg + """
                import jakarta.persistence.EntityManager;
                /** NetBeans' generated facades: the business methods every entity's session bean inherits. */
                public abstract class AbstractFacade<T> {
                    protected abstract EntityManager getEntityManager();
                    public void create(T entity) { getEntityManager().persist(entity); }
                }
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/orders/OrderService.java", pkg + """
                import jakarta.ejb.*;
                import jakarta.persistence.*;
                @Stateless
                public class OrderService extends AbstractFacade<PurchaseOrder> {
                    @PersistenceContext private EntityManager em;
                    @EJB private CustomerService customers;
                    protected EntityManager getEntityManager() { return em; }
                    public PurchaseOrder draft(Long customer, String item) {
                        PurchaseOrder o = new PurchaseOrder();
                        o.setCustomer(customers.nameOf(customer));
                        o.setItem(item);
                        return o;
                    }
                    public long count() {
                        return em.createQuery("select count(o) from PurchaseOrder o", Long.class).getSingleResult();
                    }
                }
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/orders/OrderResource.java", pkg + """
                import jakarta.inject.Inject;
                import jakarta.ws.rs.*;
                import jakarta.ws.rs.core.*;
                @Path("orders")
                public class OrderResource {
                    @Inject private OrderService orders;
                    @POST
                    @Produces(MediaType.TEXT_PLAIN)
                    public Response place(@FormParam("customer") Long customer, @FormParam("item") String item) {
                        PurchaseOrder o = orders.draft(customer, item);
                        orders.create(o);
                        return Response.status(201).entity(o.getItem() + " for " + o.getCustomer()).build();
                    }
                    @GET
                    @Path("count")
                    @Produces(MediaType.TEXT_PLAIN)
                    public String count() { return orders.count() + " order(s)"; }
                }
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/orders/CustomerResource.java", pkg + """
                import jakarta.ejb.EJB;
                import jakarta.ws.rs.*;
                import jakarta.ws.rs.core.MediaType;
                @Path("customers")
                public class CustomerResource {
                    @EJB private CustomerService customers;
                    @GET
                    @Path("{id}")
                    @Produces(MediaType.TEXT_PLAIN)
                    public String name(@PathParam("id") Long id) { return customers.nameOf(id); }
                }
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/orders/OrdersApplication.java", pkg + """
                import jakarta.ws.rs.ApplicationPath;
                import jakarta.ws.rs.core.Application;
                @ApplicationPath("/api")
                public class OrdersApplication extends Application { }
                """);
        TinyMonoliths.write(monolith, "scenarios.json", """
                {"schemaVersion": 1, "scenarios": [{"name": "an order names its customer, whom another service knows",
                  "steps": [
                    {"request": {"method": "GET", "path": "/api/customers/2"}, "expect": {"status": 200, "bodyContains": ["Alan Turing"]}},
                    {"request": {"method": "GET", "path": "/api/customers/3"}, "expect": {"status": 200, "bodyContains": ["Grace Hopper"]}},
                    {"request": {"method": "GET", "path": "/api/orders/count"}, "expect": {"status": 200, "bodyContains": ["0 order(s)"]}},
                    {"request": {"method": "POST", "path": "/api/orders", "headers": {"Content-Type": "application/x-www-form-urlencoded"},
                      "body": "customer=1&item=Difference+Engine"}, "expect": {"status": 201, "bodyContains": ["Difference Engine for Ada Lovelace"]}},
                    {"request": {"method": "POST", "path": "/api/orders", "headers": {"Content-Type": "application/x-www-form-urlencoded"},
                      "body": "customer=9&item=Nothing"}, "expect": {"status": 404, "bodyContains": ["There is no customer 9."]}},
                    {"request": {"method": "GET", "path": "/api/orders/count"}, "expect": {"status": 200, "bodyContains": ["1 order(s)"]}}
                  ]}]}
                """);
        String o = "org.example.orders.";
        Plan plan = Plan.of(List.of(Service.of("ordering", List.of(o + "PurchaseOrder", o + "OrderService",
                        o + "OrderResource")),
                Service.of("customers", List.of(o + "Customer", o + "CustomerService", o + "CustomerResource"))),
                List.of(o + "UnknownCustomer", o + "UnknownCustomerMapper", o + "OrdersApplication",
                        o + "AbstractFacade"));
        GeneratedSystem system = runs(monolith, plan, work, true, null, null, null, true);
        Path out = system.out();
        assertThat(Files.readString(out.resolve("shared/pom.xml"))).as("jakarta: Boot 3")
                .contains("<version>3.5.7</version>", "<artifactId>jakarta.ejb-api</artifactId>",
                        "<artifactId>h2</artifactId>");
        assertThat(Files.readString(out.resolve("database/src/main/resources/application.properties")))
                .contains("spring.jpa.hibernate.ddl-auto=create",
                        "spring.jpa.properties.jakarta.persistence.sql-load-script-source=META-INF/load.sql");
        assertThat(system.setting("ordering", "spring.jpa.hibernate.ddl-auto")).isEqualTo("none");
        assertThat(Files.readString(out.resolve("services/ordering/src/main/resources/application.properties")))
                .doesNotContain("sql-load-script-source", "schema-generation");
    }

    /**
     * A WAR on a database of its own (PostgreSQL, a throwaway cluster on loopback): its URL, user and password in
     * context parameters, a listener that creates its table at start when {@code ledger.createSchema} is true, two
     * servlets in two services. Before, nothing set such a database up once: every service ran the listener (the second
     * failed on the existing table), and the deploy files named a database module that was not generated. Now the
     * database module is a set-up program that runs the listener once, with the switch on at its first run only, and the
     * services get the switch off; a second run creates nothing.
     */
    @Test
    void aWarOnItsOwnPostgresqlIsSetUpOnceByItsOwnListener() throws Exception {
        Path work = Files.createDirectories(WORK.resolve("ledger-postgres"));
        try (dev.cleave.testing.Postgres postgres = dev.cleave.testing.Postgres.start(work.resolve("postgres"))) {
            postgres.createUser("clerk", "s3cret");
            postgres.createDatabase("ledger", "clerk");
            Path monolith = work.resolve("ledger");
            TinyMonoliths.write(monolith, "pom.xml", """
                    <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                      <groupId>org.example</groupId><artifactId>ledger</artifactId><version>1.0</version><packaging>war</packaging>
                      <properties><maven.compiler.release>17</maven.compiler.release></properties>
                      <dependencies>
                        <dependency><groupId>jakarta.servlet</groupId><artifactId>jakarta.servlet-api</artifactId>
                          <version>6.0.0</version><scope>provided</scope></dependency>
                        <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>42.7.3</version></dependency>
                      </dependencies>
                    </project>
                    """);
            TinyMonoliths.write(monolith, "src/main/webapp/WEB-INF/web.xml", """
                    <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                      <context-param><param-name>ledger.jdbc.url</param-name><param-value>%s</param-value></context-param>
                      <context-param><param-name>ledger.jdbc.user</param-name><param-value>clerk</param-value></context-param>
                      <context-param><param-name>ledger.jdbc.password</param-name><param-value>s3cret</param-value></context-param>
                      <context-param><param-name>ledger.createSchema</param-name><param-value>true</param-value></context-param>
                      <listener><listener-class>org.example.ledger.Schema</listener-class></listener>
                    </web-app>
                    """.formatted(postgres.jdbcUrl("ledger")));
            TinyMonoliths.write(monolith, "src/main/java/org/example/ledger/Db.java", """
                    package org.example.ledger;
                    import java.sql.*;
                    import jakarta.servlet.ServletContext;
                    public final class Db {
                        public static Connection open(ServletContext c) throws SQLException {
                            return DriverManager.getConnection(c.getInitParameter("ledger.jdbc.url"),
                                    c.getInitParameter("ledger.jdbc.user"), c.getInitParameter("ledger.jdbc.password"));
                        }
                    }
                    """);
            TinyMonoliths.write(monolith, "src/main/java/org/example/ledger/Schema.java", """
                    package org.example.ledger;
                    import java.sql.Connection;
                    import jakarta.servlet.*;
                    public class Schema implements ServletContextListener {
                        public void contextInitialized(ServletContextEvent e) {
                            if ("true".equals(e.getServletContext().getInitParameter("ledger.createSchema"))) {
                                try (Connection c = Db.open(e.getServletContext())) {
                                    c.createStatement().execute("CREATE TABLE entry (id SERIAL PRIMARY KEY, text VARCHAR(80))");
                                } catch (Exception x) {
                                    throw new IllegalStateException(x);
                                }
                            }
                        }
                    }
                    """);
            TinyMonoliths.write(monolith, "src/main/java/org/example/ledger/AddServlet.java", """
                    package org.example.ledger;
                    import java.io.IOException;
                    import java.sql.*;
                    import jakarta.servlet.annotation.WebServlet;
                    import jakarta.servlet.http.*;
                    @WebServlet("/entries")
                    public class AddServlet extends HttpServlet {
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                            try (Connection c = Db.open(getServletContext());
                                 PreparedStatement p = c.prepareStatement("INSERT INTO entry (text) VALUES (?)")) {
                                p.setString(1, req.getParameter("text"));
                                p.executeUpdate();
                                resp.getWriter().print("added " + req.getParameter("text"));
                            } catch (SQLException x) {
                                throw new IOException(x);
                            }
                        }
                    }
                    """);
            TinyMonoliths.write(monolith, "src/main/java/org/example/ledger/CountServlet.java", """
                    package org.example.ledger;
                    import java.io.IOException;
                    import java.sql.*;
                    import jakarta.servlet.annotation.WebServlet;
                    import jakarta.servlet.http.*;
                    @WebServlet("/count")
                    public class CountServlet extends HttpServlet {
                        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                            try (Connection c = Db.open(getServletContext());
                                 ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM entry")) {
                                r.next();
                                resp.getWriter().print(r.getInt(1) + " entries");
                            } catch (SQLException x) {
                                throw new IOException(x);
                            }
                        }
                    }
                    """);
            TinyMonoliths.write(monolith, "scenarios.json", """
                    {"schemaVersion": 1, "scenarios": [{"name": "an entry added in one service is counted by the other",
                      "steps": [
                        {"request": {"method": "GET", "path": "/count"}, "expect": {"status": 200, "bodyContains": ["0 entries"]}},
                        {"request": {"method": "POST", "path": "/entries", "headers": {"Content-Type": "application/x-www-form-urlencoded"},
                          "body": "text=rent"}, "expect": {"status": 200, "bodyContains": ["added rent"]}},
                        {"request": {"method": "GET", "path": "/count"}, "expect": {"status": 200, "bodyContains": ["1 entries"]}}
                      ]}]}
                    """);
            Plan plan = Plan.of(List.of(Service.of("entries", List.of("org.example.ledger.AddServlet")),
                    Service.of("count", List.of("org.example.ledger.CountServlet"))),
                    List.of("org.example.ledger.Db", "org.example.ledger.Schema"));
            GeneratedSystem system = GeneratedSystem.generate(monolith, plan, work, Samples.classpath(monolith, work));
            assertThat(system.setsUpItsDatabase()).isTrue();
            assertThat(Files.readString(system.out().resolve("services/count/src/main/resources/META-INF/cleave/web.xml")))
                    .contains("<param-name>ledger.createSchema</param-name><param-value>false</param-value>",
                            "<param-name>ledger.jdbc.url</param-name><param-value>${spring.datasource.url}</param-value>");
            system.build();
            try (RunningSystem running = new RunningSystem(work.resolve("logs"))) {
                system.start(running);
                system.replayScenarios(running);
                system.setUpDatabase(running);
            }
            assertThat(postgres.query("ledger", "SELECT count(*) FROM entry")).as("a second set-up creates nothing")
                    .isEqualTo("1");
            assertThat(postgres.query("ledger", "SELECT count(*) FROM cleave_database_setup")).isEqualTo("2");
        }
    }

    /**
     * A WAR that looks its data source up in JNDI ({@code java:comp/env/jdbc/notes}, declared for Tomcat in its
     * {@code META-INF/context.xml}), as enterprise WARs do: Boot's embedded Tomcat has naming off and knew no such
     * resource, so every lookup failed. Now each module's Tomcat declares it (a Hikari pool), the services' over the
     * shared database, the database module's as declared; a note added in one service is counted by the other.
     */
    @Test
    void aWarThatLooksItsDataSourceUpInJndiGetsItInEveryModule() throws Exception {
        Path work = Files.createDirectories(WORK.resolve("notes-jndi"));
        Path monolith = work.resolve("notes");
        TinyMonoliths.write(monolith, "pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId><artifactId>notes</artifactId><version>1.0</version><packaging>war</packaging>
                  <properties><maven.compiler.release>17</maven.compiler.release></properties>
                  <dependencies>
                    <dependency><groupId>javax.servlet</groupId><artifactId>javax.servlet-api</artifactId>
                      <version>4.0.1</version><scope>provided</scope></dependency>
                    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><version>2.3.232</version></dependency>
                  </dependencies>
                </project>
                """);
        TinyMonoliths.write(monolith, "src/main/webapp/META-INF/context.xml", """
                <Context>
                  <Resource name="jdbc/notes" auth="Container" type="javax.sql.DataSource" maxTotal="8"
                            url="jdbc:h2:mem:notes;DB_CLOSE_DELAY=-1" username="clerk" password="s3cret"
                            driverClassName="org.h2.Driver"/>
                </Context>
                """);
        TinyMonoliths.write(monolith, "src/main/webapp/WEB-INF/web.xml", """
                <web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0">
                  <context-param><param-name>notes.createSchema</param-name><param-value>true</param-value></context-param>
                  <listener><listener-class>org.example.notes.Schema</listener-class></listener>
                  <resource-ref><res-ref-name>jdbc/notes</res-ref-name><res-type>javax.sql.DataSource</res-type></resource-ref>
                </web-app>
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/notes/Db.java", """
                package org.example.notes;
                import javax.naming.InitialContext;
                import javax.sql.DataSource;
                public final class Db {
                    public static DataSource get() throws Exception {
                        return (DataSource) new InitialContext().lookup("java:comp/env/jdbc/notes");
                    }
                }
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/notes/Schema.java", """
                package org.example.notes;
                import java.sql.Connection;
                import javax.servlet.*;
                public class Schema implements ServletContextListener {
                    public void contextInitialized(ServletContextEvent e) {
                        if ("true".equals(e.getServletContext().getInitParameter("notes.createSchema"))) {
                            try (Connection c = Db.get().getConnection()) {
                                c.createStatement().execute("CREATE TABLE note (id INT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(80))");
                            } catch (Exception x) {
                                throw new IllegalStateException(x);
                            }
                        }
                    }
                }
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/notes/NotesServlet.java", """
                package org.example.notes;
                import java.io.IOException;
                import java.sql.*;
                import javax.servlet.annotation.WebServlet;
                import javax.servlet.http.*;
                @WebServlet("/notes")
                public class NotesServlet extends HttpServlet {
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        try (Connection c = Db.get().getConnection();
                             PreparedStatement p = c.prepareStatement("INSERT INTO note (text) VALUES (?)")) {
                            p.setString(1, req.getParameter("text"));
                            p.executeUpdate();
                            resp.getWriter().print("added " + req.getParameter("text"));
                        } catch (Exception x) {
                            throw new IOException(x);
                        }
                    }
                }
                """);
        TinyMonoliths.write(monolith, "src/main/java/org/example/notes/CountServlet.java", """
                package org.example.notes;
                import java.io.IOException;
                import java.sql.*;
                import javax.servlet.annotation.WebServlet;
                import javax.servlet.http.*;
                @WebServlet("/count")
                public class CountServlet extends HttpServlet {
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        try (Connection c = Db.get().getConnection();
                             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM note")) {
                            r.next();
                            resp.getWriter().print(r.getInt(1) + " note(s)");
                        } catch (Exception x) {
                            throw new IOException(x);
                        }
                    }
                }
                """);
        TinyMonoliths.write(monolith, "scenarios.json", """
                {"schemaVersion": 1, "scenarios": [{"name": "a note added in one service is counted by the other",
                  "steps": [
                    {"request": {"method": "GET", "path": "/count"}, "expect": {"status": 200, "bodyContains": ["0 note(s)"]}},
                    {"request": {"method": "POST", "path": "/notes", "headers": {"Content-Type": "application/x-www-form-urlencoded"},
                      "body": "text=hello"}, "expect": {"status": 200, "bodyContains": ["added hello"]}},
                    {"request": {"method": "GET", "path": "/count"}, "expect": {"status": 200, "bodyContains": ["1 note(s)"]}}
                  ]}]}
                """);
        Plan plan = Plan.of(List.of(Service.of("notes", List.of("org.example.notes.NotesServlet")),
                Service.of("count", List.of("org.example.notes.CountServlet"))),
                List.of("org.example.notes.Db", "org.example.notes.Schema"));
        // its two servlets reach the data source themselves: no class of one service that the other calls
        GeneratedSystem system = runs(monolith, plan, work, false);
        assertThat(Files.readString(system.out().resolve("services/count/" + "src/main/resources/META-INF/cleave/web.xml")))
                .contains("<cleave-data-source name=\"jdbc/notes\" url=\"${spring.datasource.url}\"",
                        "<param-name>notes.createSchema</param-name><param-value>false</param-value>");
    }

    /**
     * The same application as a Tomcat 9 WAR on {@code javax.servlet} (before its move to Jakarta EE) runs on Spring
     * Boot 2.7; its {@code tomcat.version} property, which names its old test container and shares its name with
     * Boot's, no longer reaches the generated builds (it made Boot 2.7 embed Tomcat 10, a {@code jakarta} server).
     */
    @Test
    void aJavaxWarRunsOnSpringBoot27() throws Exception {
        Path work = Files.createDirectories(WORK.resolve("payroll-javax"));
        Path monolith = Samples.payrollOnJavax(work.resolve("payroll-servlets"));
        GeneratedSystem system = runs(monolith, PlanJson.read(monolith.resolve("expected.json")), work.resolve("expected"));
        String shared = Files.readString(system.out().resolve("shared/pom.xml"));
        assertThat(shared).contains("<version>2.7.18</version>", "<artifactId>jstl</artifactId>")
                .as("the container's APIs are the embedded Tomcat's now").doesNotContain("tomcat.version",
                        "servlet-api.version", "<artifactId>javax.servlet-api</artifactId>");
        assertThat(Files.readString(system.out().resolve("shared/src/main/java/dev/cleave/runtime/LegacyWebApp.java")))
                .contains("import javax.servlet.ServletContext;").doesNotContain("jakarta.servlet");
    }

    /**
     * Runs a module's image with unshare + chroot against the running system, as on Kubernetes: its health (with the
     * shared database) is UP and it renders {@code page} as the monolith's WAR did.
     */
    private static void runImage(Path imageTar, Path scratch, Map<String, String> env, String page, String answer)
            throws Exception {
        ContainerImages.Unpacked image = ContainerImages.unpack(imageTar, Files.createDirectories(scratch));
        Map<String, String> containerEnv = new java.util.HashMap<>(env);
        containerEnv.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -Xss512k -XX:+UseSerialGC -Xmx256m");
        containerEnv.put("SERVER_TOMCAT_BASEDIR", "/tmp/tomcat");
        try (ContainerImages.Running container = ContainerImages.start(image, containerEnv)) {
            assertThat(container.awaitOk("/actuator/health", java.time.Duration.ofMinutes(3)).body())
                    .contains("\"status\":\"UP\"");
            assertThat(container.awaitOk(page, java.time.Duration.ofSeconds(30)).body()).as("the page " + page
                    + " from the image").contains(answer);
        }
        assertThat(ContainerImages.mountsUnder(scratch)).as("mounts left under " + scratch).isEmpty();
    }

    /** Generates, builds, starts and replays the scenarios; at least one call must have been served remotely. */
    private static GeneratedSystem runs(Path sample, Plan plan, Path work) throws Exception {
        return runs(sample, plan, work, true);
    }

    private static GeneratedSystem runs(Path sample, Plan plan, Path work, boolean calls) throws Exception {
        return runs(sample, plan, work, calls, null, null);
    }

    /**
     * As above; with {@code imageOf} (a module, {@code services/employees}) every module's container image is built too
     * ({@code jib:buildTar} from a base image tarball made of the running JDK), and that module's image then runs (unshare
     * + chroot, needs root) against the running system and must answer 200 on {@code page} (a page of the monolith
     * rendered by its own servlet and JSP, from the image's unpacked layers).
     */
    private static GeneratedSystem runs(Path sample, Plan plan, Path work, boolean calls, String imageOf, String page)
            throws Exception {
        return runs(sample, plan, work, calls, imageOf, page, "<form");
    }

    private static GeneratedSystem runs(Path sample, Plan plan, Path work, boolean calls, String imageOf, String page,
                                        String answer) throws Exception {
        return runs(sample, plan, work, calls, imageOf, page, answer, false);
    }

    private static GeneratedSystem runs(Path sample, Plan plan, Path work, boolean calls, String imageOf, String page,
                                        String answer, boolean acceptSplitTransactions) throws Exception {
        Files.createDirectories(work);
        java.util.concurrent.CompletableFuture<Path> base = imageOf == null ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> BaseImages.buildLocalBase(
                        Path.of(System.getProperty("java.home")), work.resolve("base/base.tar")));
        List<Path> classpath = Samples.classpath(sample, work);
        GeneratedSystem system = GeneratedSystem.generate(sample, plan, work, classpath, acceptSplitTransactions);
        if (imageOf == null) {
            system.build();
        } else {
            system.build("com.google.cloud.tools:jib-maven-plugin:" + JibConfig.JIB_VERSION + ":buildTar",
                    "-Djib.disableUpdateChecks=true", "-Djib.from.image=tar://"
                            + base.get(5, java.util.concurrent.TimeUnit.MINUTES));
        }
        try (RunningSystem running = new RunningSystem(work.resolve("logs"))) {
            Map<String, String> env = system.start(running);
            system.replayScenarios(running);
            if (imageOf != null) {
                runImage(system.out().resolve(imageOf + "/target/jib-image.tar"), work.resolve("container"), env, page,
                        answer);
            }
            if (calls) {
                Map<String, Long> served = system.servedCalls(running);
                assertThat(served.values().stream().mapToLong(Long::longValue).sum())
                        .as("calls between services served by the owners' facades (the monolith's plain classes that"
                                + " other services call rather than copy): %s", served).isPositive();
            }
        }
        return system;
    }
}
