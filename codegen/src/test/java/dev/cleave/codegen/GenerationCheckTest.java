package dev.cleave.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.model.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether a plan can be generated is told before generating, and nothing is written while telling it. */
class GenerationCheckTest {
    @TempDir
    Path dir;

    @Test
    void aPlanThatCanBeGeneratedGetsEachServicesMakeUpAndTheWarnings() {
        Path sample = Samples.repo().resolve("samples/travel-desk");
        Path out = dir.resolve("out");
        GenerationCheck check = Generator.check(null, PlanJson.read(sample.resolve("expected.json")),
                GenerateOptions.of(sample, out));
        assertThat(check.ready()).as(String.valueOf(check.refusal())).isTrue();
        assertThat(check.services()).extracting(GenerationCheck.ServiceSummary::name)
                .containsExactly("bookings", "catalog", "customers", "payments");
        GenerationCheck.ServiceSummary bookings = check.services().get(0);
        assertThat(bookings.calls()).contains("payments");
        assertThat(bookings.copies()).isPositive();
        assertThat(check.warningsOf("bookings")).isNotEmpty().allMatch(w -> w.contains("service 'bookings'"));
        assertThat(out).as("nothing written").doesNotExist();
    }

    @Test
    void aMonolithThatIsNeitherBootNorAServletApplicationIsRefusedBeforeItIsParsed() throws Exception {
        Path root = dir.resolve("batch");
        TinyMonoliths.write(root, "pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
                + "<artifactId>batch</artifactId><version>1</version></project>");
        TinyMonoliths.write(root, "src/main/java/x/Batch.java", "package x; public class Batch { }");
        GenerationCheck check = Generator.check(null, Plan.of(List.of(Service.of("batch", List.of("x.Batch"))),
                List.of()), GenerateOptions.of(root, dir.resolve("out")));
        assertThat(check.ready()).isFalse();
        assertThat(check.refusal()).contains("neither a @SpringBootApplication class nor servlets",
                "can be analyzed, split and checked");
        assertThat(check.services()).isEmpty();
    }

    /**
     * servlet-library names its in-memory database in its own properties file: ready, with the one source change (the
     * URL handed to JDBC goes through the runtime) said where it is made.
     */
    @Test
    void aServletApplicationWhoseDatabaseIsNamedInItsOwnFilesIsReadyAndSaysTheChange() {
        Path sample = Samples.repo().resolve("samples/servlet-library");
        GenerationCheck check = Generator.check(null, PlanJson.read(sample.resolve("expected.json")),
                GenerateOptions.of(sample, dir.resolve("out")));
        assertThat(check.ready()).as(String.valueOf(check.refusal())).isTrue();
        assertThat(String.join("\n", check.warnings())).contains(
                "src/main/java/org/example/library/db/ConnectionProvider.java:29: the JDBC URL goes through"
                        + " dev.cleave.runtime.LegacyDatabase.url(...)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /**
     * Spittr's Java configuration builds its H2 database with {@code EmbeddedDatabaseBuilder}: split in two, each service
     * would have built an empty database of its own. Refused with the file, the line and the fix; one service is fine.
     */
    @Test
    void anInMemoryDatabaseBuiltInCodeIsRefusedForSeveralServices() throws Exception {
        Path root = dir.resolve("spittr");
        TinyMonoliths.write(root, "pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
                + "<artifactId>spittr</artifactId><version>1</version><packaging>war</packaging></project>");
        TinyMonoliths.write(root, "src/main/java/x/DataConfig.java", """
                package x;
                import javax.sql.DataSource;
                import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
                import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
                public class DataConfig {
                    public DataSource dataSource() {
                        return new EmbeddedDatabaseBuilder()
                                .setType(EmbeddedDatabaseType.H2).addScript("schema.sql").build();
                    }
                }
                """);
        TinyMonoliths.write(root, "src/main/java/x/Home.java", """
                package x;
                @javax.servlet.annotation.WebServlet("/")
                public class Home extends javax.servlet.http.HttpServlet {
                }
                """);
        TinyMonoliths.write(root, "src/main/java/x/Spittles.java", "package x; public class Spittles { }");
        Plan two = Plan.of(List.of(Service.of("web", List.of("x.Home", "x.DataConfig")),
                Service.of("spittles", List.of("x.Spittles"))), List.of());

        GenerationCheck check = Generator.check(null, two, GenerateOptions.of(root, dir.resolve("out")));

        assertThat(check.ready()).isFalse();
        assertThat(check.refusal()).contains("src/main/java/x/DataConfig.java:7 builds the monolith's in-memory"
                + " database in code (EmbeddedDatabaseBuilder)", "name it so, or generate a plan of one service");
        Plan one = Plan.of(List.of(Service.of("web", List.of("x.Home", "x.DataConfig", "x.Spittles"))), List.of());
        assertThat(String.valueOf(Generator.check(null, one, GenerateOptions.of(root, dir.resolve("out"))).refusal()))
                .as("one service: one database, as in the monolith").doesNotContain("in-memory database in code");
    }

    /** An in-memory database named where no code Cleave can see hands it to JDBC: refused, with the reason. */
    @Test
    void aServletApplicationWhoseInMemoryDatabaseNoCodeOpensVisiblyIsRefused() throws Exception {
        Path root = dir.resolve("reflective");
        TinyMonoliths.write(root, "pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
                + "<artifactId>reflective</artifactId><version>1</version><packaging>war</packaging></project>");
        TinyMonoliths.write(root, "src/main/resources/db.properties", "url=jdbc:h2:mem:shop\n");
        TinyMonoliths.write(root, "src/main/java/x/Home.java", """
                package x;
                @javax.servlet.annotation.WebServlet("/")
                public class Home extends javax.servlet.http.HttpServlet {
                    Object pool() throws Exception {
                        return Class.forName("x.Pools").getMethod("of", String.class).invoke(null, "db.properties");
                    }
                }
                """);
        GenerationCheck check = Generator.check(null, Plan.of(List.of(Service.of("home", List.of("x.Home"))),
                List.of()), GenerateOptions.of(root, dir.resolve("out")));
        assertThat(check.ready()).isFalse();
        assertThat(check.refusal()).contains("jdbc:h2:mem:shop", "src/main/resources/db.properties",
                "finds no place where its code hands that URL to JDBC", "an empty database of its own");
    }

    /**
     * A Spring XML context (loaded by the monolith's ContextLoaderListener, through an import) whose bean names a class
     * of the monolith's packages that its sources lack: the monolith could not start either; refused before anything
     * is written, naming the file, the bean and the fix.
     */
    @Test
    void aSpringXmlBeanNamingAMissingClassIsRefusedWithTheFileAndTheBean() throws Exception {
        Path root = dir.resolve("xml");
        TinyMonoliths.write(root, "pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
                + "<artifactId>xml</artifactId><version>1</version><packaging>war</packaging></project>");
        TinyMonoliths.write(root, "src/main/webapp/WEB-INF/web.xml", """
                <web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="3.1">
                  <listener><listener-class>org.springframework.web.context.ContextLoaderListener</listener-class></listener>
                  <servlet><servlet-name>home</servlet-name><servlet-class>x.Home</servlet-class></servlet>
                  <servlet-mapping><servlet-name>home</servlet-name><url-pattern>/</url-pattern></servlet-mapping>
                </web-app>
                """);
        TinyMonoliths.write(root, "src/main/webapp/WEB-INF/applicationContext.xml", """
                <beans xmlns="http://www.springframework.org/schema/beans">
                  <import resource="classpath:spring/services.xml"/>
                  <bean id="home" class="x.HomeHelper"/>
                </beans>
                """);
        TinyMonoliths.write(root, "src/main/resources/spring/services.xml", """
                <beans xmlns="http://www.springframework.org/schema/beans">
                  <bean id="clock" class="java.time.Clock" factory-method="systemUTC"/>
                  <bean id="prices" class="x.service.PriceServiceImpl"/>
                </beans>
                """);
        TinyMonoliths.write(root, "src/main/java/x/Home.java",
                "package x; public class Home extends javax.servlet.http.HttpServlet { }");
        TinyMonoliths.write(root, "src/main/java/x/HomeHelper.java", "package x; public class HomeHelper { }");
        TinyMonoliths.write(root, "src/main/java/x/service/PriceService.java",
                "package x.service; public interface PriceService { }");
        GenerationCheck check = Generator.check(null, Plan.of(List.of(Service.of("home", List.of("x.Home",
                "x.HomeHelper", "x.service.PriceService"))), List.of()), GenerateOptions.of(root, dir.resolve("out")));
        assertThat(check.ready()).isFalse();
        assertThat(check.refusal()).contains("src/main/resources/spring/services.xml", "bean 'prices'",
                "x.service.PriceServiceImpl", "Correct the class name in src/main/resources/spring/services.xml");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /**
     * struts-insurance: its HSQLDB in memory reaches a DBCP pool through ${jdbc.url} of its Spring XML context, which
     * sets it up with {@code <jdbc:initialize-database enabled="${jdbc.initialize}">}: ready, and the warning says how.
     */
    @Test
    void aDatabaseThatASpringXmlContextOpensIsServedAndSaysHow() {
        Path sample = Samples.repo().resolve("samples/struts-insurance");
        GenerationCheck check = Generator.check(null, PlanJson.read(sample.resolve("expected.json")),
                GenerateOptions.of(sample, dir.resolve("out")));
        assertThat(check.ready()).as(check.refusal()).isTrue();
        assertThat(check.warnings()).anySatisfy(w -> assertThat(w).contains("src/main/resources/spring/data-access.xml",
                "${jdbc.url} is the shared database", "runs the context's set-up scripts once"));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /**
     * The same context without a placeholder for the URL (written into the XML): Cleave cannot point the services at
     * the shared database, and refuses with that reason.
     */
    @Test
    void aDatabaseThatASpringXmlContextOpensWithoutAPlaceholderIsRefused() throws Exception {
        Path root = dir.resolve("literal");
        TinyMonoliths.write(root, "pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
                + "<artifactId>literal</artifactId><version>1</version><packaging>war</packaging></project>");
        TinyMonoliths.write(root, "src/main/webapp/WEB-INF/web.xml", """
                <web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="3.1">
                  <listener><listener-class>org.springframework.web.context.ContextLoaderListener</listener-class></listener>
                  <servlet><servlet-name>home</servlet-name><servlet-class>x.Home</servlet-class></servlet>
                  <servlet-mapping><servlet-name>home</servlet-name><url-pattern>/</url-pattern></servlet-mapping>
                </web-app>
                """);
        TinyMonoliths.write(root, "src/main/webapp/WEB-INF/applicationContext.xml", """
                <beans xmlns="http://www.springframework.org/schema/beans">
                  <bean id="ds" class="org.apache.commons.dbcp.BasicDataSource">
                    <property name="url" value="jdbc:hsqldb:mem:shop"/>
                  </bean>
                </beans>
                """);
        TinyMonoliths.write(root, "src/main/java/x/Home.java",
                "package x; public class Home extends javax.servlet.http.HttpServlet { }");
        GenerationCheck check = Generator.check(null, Plan.of(List.of(Service.of("home", List.of("x.Home"))),
                List.of()), GenerateOptions.of(root, dir.resolve("out")));
        assertThat(check.ready()).isFalse();
        assertThat(check.refusal()).contains("jdbc:hsqldb:mem:shop", "src/main/webapp/WEB-INF/applicationContext.xml",
                "an empty database of its own");
    }

    /**
     * permits-office (EJB, JAX-RS, JPA, a message-driven bean in TomEE) generates now. Its session beans call each
     * other across the reference plan's services inside container-managed transactions (REQUIRED where nothing says
     * otherwise: {@code PermitService.issue} has no attribute and calls {@code BillingService.isPaid}), which HyperSQL as
     * the database module serves it would not let the callee see: refused with the calls, ready once accepted, the
     * Java EE path named among the warnings. Before, every Java EE application was refused.
     */
    @Test
    void aJavaEeApplicationsSplitTransactionsAreListedAndItGeneratesOnceAccepted() {
        Path sample = Samples.repo().resolve("samples/permits-office");
        Plan plan = PlanJson.read(sample.resolve("expected.json"));
        GenerationCheck check = Generator.check(null, plan, GenerateOptions.of(sample, dir.resolve("out")));
        assertThat(check.ready()).isFalse();
        assertThat(check.refusal()).contains("calls to other services inside a transaction",
                "PermitService.java:125 org.harbourcity.permits.service.BillingService#raiseInvoice",
                "org.harbourcity.permits.service.BillingService#isPaid", "--accept-split-transactions")
                .as("SUPPORTS starts no transaction").doesNotContain("PermitService#find");
        GenerationCheck accepted = Generator.check(null, plan, GenerateOptions.of(sample, dir.resolve("out"))
                .withSplitTransactionsAccepted(true));
        assertThat(accepted.ready()).as(String.valueOf(accepted.refusal())).isTrue();
        assertThat(accepted.warnings()).anyMatch(w -> w.startsWith("the monolith is a Java EE application"));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aPlanNamingClassesTheSourcesLackIsRefusedWithTheFix() throws Exception {
        Path sample = Samples.repo().resolve("samples/travel-desk");
        Plan plan = Plan.of(List.of(Service.of("ghosts", List.of("com.acme.travel.Nowhere"))), List.of());
        GenerationCheck check = Generator.check(null, plan, GenerateOptions.of(sample, dir.resolve("out")));
        assertThat(check.refusal()).contains("com.acme.travel.Nowhere", "re-run the split");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }
}
