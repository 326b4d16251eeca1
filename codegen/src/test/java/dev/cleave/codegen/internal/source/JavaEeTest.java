package dev.cleave.codegen.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a Java EE application asks of its server, as the generated services need it, and the roles of its beans. */
class JavaEeTest {
    @TempDir
    Path dir;

    private Facts facts;

    @BeforeEach
    void monolith() throws IOException {
        write("src/main/webapp/WEB-INF/web.xml", """
                <web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0">
                  <env-entry><env-entry-name>shop/maxItems</env-entry-name>
                    <env-entry-type>java.lang.Integer</env-entry-type><env-entry-value>12</env-entry-value></env-entry>
                  <env-entry><env-entry-name>greeting</env-entry-name><env-entry-value>Hello</env-entry-value></env-entry>
                </web-app>
                """);
        write("src/main/resources/META-INF/persistence.xml", """
                <persistence xmlns="http://xmlns.jcp.org/xml/ns/persistence" version="2.2">
                  <persistence-unit name="shopUnit" transaction-type="JTA">
                    <jta-data-source>java:app/jdbc/shop</jta-data-source>
                    <properties><property name="hibernate.jdbc.batch_size" value="20"/></properties>
                  </persistence-unit>
                </persistence>
                """);
        java("shop/Setup.java", """
                package shop;
                import javax.annotation.PostConstruct;
                import javax.annotation.Resource;
                import javax.annotation.sql.DataSourceDefinition;
                import javax.ejb.Singleton;
                import javax.ejb.Startup;
                import javax.sql.DataSource;
                @DataSourceDefinition(name = "java:app/jdbc/shop", className = "org.h2.Driver",
                        url = "jdbc:h2:mem:shop", user = "sa", password = "pw")
                @Singleton
                @Startup
                public class Setup {
                    @Resource(lookup = "java:app/jdbc/shop") DataSource ds;
                    @PostConstruct void create() throws Exception {
                        run("/sql/schema.sql");
                    }
                    void run(String script) throws Exception { ds.getConnection().createStatement().execute("CREATE TABLE x (id INT)"); }
                }
                """);
        java("shop/Orders.java", """
                package shop;
                import javax.ejb.EJB;
                import javax.ejb.Schedule;
                import javax.ejb.Stateless;
                import javax.inject.Inject;
                import javax.jms.JMSDestinationDefinition;
                @JMSDestinationDefinition(name = "java:app/jms/Shipped", interfaceName = "javax.jms.Topic",
                        destinationName = "ShippedTopic")
                @Stateless
                public class Orders {
                    @Inject Pricing pricing;
                    @EJB Cart cart;
                    @Schedule(hour = "2") public void nightly() { }
                }
                """);
        java("shop/Pricing.java", """
                package shop;
                public class Pricing { }
                """);
        java("shop/Cart.java", """
                package shop;
                import javax.ejb.Stateful;
                @Stateful public class Cart { }
                """);
        java("shop/Shipping.java", """
                package shop;
                import javax.ejb.MessageDriven;
                import javax.jms.Message;
                import javax.jms.MessageListener;
                @MessageDriven(mappedName = "ShippedTopic")
                public class Shipping implements MessageListener { public void onMessage(Message m) { } }
                """);
        java("shop/rest/ShopApp.java", """
                package shop.rest;
                import javax.ws.rs.ApplicationPath;
                import javax.ws.rs.core.Application;
                @ApplicationPath("shop-api/") public class ShopApp extends Application { }
                """);
        java("shop/rest/OrderResource.java", """
                package shop.rest;
                import javax.ws.rs.Path;
                @Path("orders") public class OrderResource { }
                """);
        java("shop/rest/Errors.java", """
                package shop.rest;
                import javax.ws.rs.ext.Provider;
                @Provider public class Errors { }
                """);
        java("shop/Util.java", """
                package shop;
                public final class Util { }
                """);
        facts = new Facts(Monolith.load(dir, List.of()));
    }

    @Test
    void readsTheBeansTheContainerMadeAndWhatItBoundInJndi() {
        JavaEe ee = facts.javaEe().orElseThrow();
        assertThat(ee.beans()).as("session, message-driven and injected plain beans, resources and providers")
                .containsExactly("shop.Cart", "shop.Orders", "shop.Pricing", "shop.Setup", "shop.Shipping",
                        "shop.rest.Errors", "shop.rest.OrderResource");
        assertThat(ee.jaxRs()).containsExactly("shop.rest.Errors", "shop.rest.OrderResource");
        assertThat(ee.mdbs()).containsExactly("shop.Shipping");
        assertThat(ee.setupBeans()).as("a start-up singleton that creates tables").containsExactly("shop.Setup");
        assertThat(ee.applicationPath()).isEqualTo("/shop-api");
        assertThat(ee.dataSources().get("java:app/jdbc/shop"))
                .isEqualTo(new JavaEe.DataSource("java:app/jdbc/shop", "jdbc:h2:mem:shop", "sa", "pw", "org.h2.Driver"));
        assertThat(ee.destinations()).containsEntry("java:app/jms/Shipped", "topic:ShippedTopic");
        assertThat(ee.envEntries()).containsEntry("shop/maxItems", "java.lang.Integer|12")
                .containsEntry("greeting", "java.lang.String|Hello");
        assertThat(ee.persistenceUnit()).isEqualTo("shopUnit");
        assertThat(ee.unitProperties()).containsEntry("hibernate.jdbc.batch_size", "20");
        assertThat(ee.unsupported()).singleElement().asString()
                .startsWith("src/main/java/shop/Orders.java:13: an EJB timer (@Schedule)");
        assertThat(ee.jms()).isTrue();
    }

    @Test
    void statelessBeansAreCalledAcrossServicesStatefulOnesAreCopiedProvidersGoEverywhere() {
        assertThat(facts.role("shop.Orders")).isEqualTo(Role.BEAN);
        assertThat(facts.role("shop.Shipping")).isEqualTo(Role.BEAN);
        assertThat(facts.role("shop.rest.OrderResource")).isEqualTo(Role.BEAN);
        assertThat(facts.role("shop.Cart")).as("conversational state: each caller keeps its own").isEqualTo(Role.VALUE);
        assertThat(facts.role("shop.Pricing")).isEqualTo(Role.VALUE);
        assertThat(facts.role("shop.rest.Errors")).isEqualTo(Role.WEB);
        assertThat(facts.role("shop.Util")).isEqualTo(Role.VALUE);
        assertThat(facts.isController("shop.rest.OrderResource")).isTrue();
    }

    @Test
    void theUnitsDataSourceComesFromAServerDescriptorDeployedWithTheApplication() throws IOException {
        write("src/main/resources/META-INF/persistence.xml", """
                <persistence xmlns="http://xmlns.jcp.org/xml/ns/persistence" version="2.2">
                  <persistence-unit name="kitchen">
                    <jta-data-source>java:jboss/datasources/KitchenDS</jta-data-source>
                    <properties><property name="hibernate.hbm2ddl.auto" value="create-drop"/>
                      <property name="hibernate.show_sql" value="false"/></properties>
                  </persistence-unit>
                </persistence>
                """);
        write("src/main/webapp/WEB-INF/kitchen-ds.xml", """
                <datasources xmlns="http://www.jboss.org/ironjacamar/schema">
                  <datasource jndi-name="java:jboss/datasources/KitchenDS" pool-name="kitchen">
                    <connection-url>jdbc:h2:mem:kitchen;DB_CLOSE_ON_EXIT=FALSE</connection-url>
                    <driver>h2</driver>
                    <security><user-name>chef</user-name><password>salt</password></security>
                  </datasource>
                </datasources>
                """);
        JavaEe ee = new Facts(Monolith.load(dir, List.of())).javaEe().orElseThrow();
        assertThat(ee.unitDataSource()).isEqualTo("java:jboss/datasources/KitchenDS");
        assertThat(ee.database()).hasValue(new JavaEe.DataSource("java:jboss/datasources/KitchenDS",
                "jdbc:h2:mem:kitchen;DB_CLOSE_ON_EXIT=FALSE", "chef", "salt", null));
        assertThat(ee.schemaGeneration()).as("Hibernate's create-drop: created once, by the database module")
                .isEqualTo("create");
        assertThat(JavaEe.setsUpSchema("hibernate.hbm2ddl.auto")).isTrue();
        assertThat(JavaEe.setsUpSchema("jakarta.persistence.sql-load-script-source")).isTrue();
        assertThat(JavaEe.setsUpSchema("hibernate.show_sql")).isFalse();
    }

    /**
     * A JAX-RS application with no web.xml (WildFly's java-ee-7-sample shape): still a web application; the
     * implementation of an injected interface is a bean (CDI's discovery), so is a plain class injected.
     */
    @Test
    void anApplicationWithoutDescriptorIsOneAndInjectedInterfacesBringTheirImplementations() throws IOException {
        Path app = dir.resolve("nodescriptor");
        Files.createDirectories(app.resolve("src/main/java/p"));
        Files.writeString(app.resolve("src/main/java/p/Api.java"), """
                package p;
                import javax.ws.rs.ApplicationPath;
                import javax.ws.rs.core.Application;
                @ApplicationPath("/api") public class Api extends Application { }
                """);
        Files.writeString(app.resolve("src/main/java/p/Repo.java"), "package p; public interface Repo { }");
        Files.writeString(app.resolve("src/main/java/p/BaseRepo.java"), "package p; public abstract class BaseRepo implements Repo { }");
        Files.writeString(app.resolve("src/main/java/p/JpaRepo.java"), "package p; public class JpaRepo extends BaseRepo { }");
        Files.writeString(app.resolve("src/main/java/p/Service.java"), """
                package p;
                import javax.ejb.Stateless;
                import javax.inject.Inject;
                @Stateless public class Service { @Inject Repo repo; }
                """);
        Facts ee = new Facts(Monolith.load(app, List.of()));
        assertThat(ee.webApp()).isPresent();
        assertThat(ee.javaEe().orElseThrow().beans()).containsExactly("p.JpaRepo", "p.Service");
        assertThat(ee.javaEe().get().applicationPath()).isEqualTo("/api");
    }

    @Test
    void aServletApplicationWithoutContainerBeansHasNoJavaEeFacts() throws IOException {
        Path plain = dir.resolve("plain");
        Files.createDirectories(plain.resolve("src/main/webapp/WEB-INF"));
        Files.writeString(plain.resolve("src/main/webapp/WEB-INF/web.xml"), "<web-app/>");
        Files.createDirectories(plain.resolve("src/main/java/p"));
        Files.writeString(plain.resolve("src/main/java/p/Home.java"), """
                package p;
                public class Home extends javax.servlet.http.HttpServlet { }
                """);
        assertThat(new Facts(Monolith.load(plain, List.of())).javaEe()).isEmpty();
    }

    private void java(String path, String text) throws IOException {
        write("src/main/java/" + path, text);
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
