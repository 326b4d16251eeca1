package dev.cleave.codegen.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cleave.codegen.GenerationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A servlet web application read as its container reads it: the descriptor, then the annotated classes. */
class WebAppTest {
    @TempDir
    Path dir;

    private static final String DESCRIPTOR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0" %s>
              <context-param><param-name>shop.db.url</param-name><param-value>jdbc:h2:mem:shop</param-value></context-param>
              <context-param><param-name>shop.db.username</param-name><param-value>clerk</param-value></context-param>
              <context-param><param-name>shop.db.password</param-name><param-value>till</param-value></context-param>
              <context-param><param-name>shop.createSchema</param-name><param-value>true</param-value></context-param>
              <context-param><param-name>shop.audit</param-name><param-value>true</param-value></context-param>
              <listener><listener-class>shop.Startup</listener-class></listener>
              <filter><filter-name>audit</filter-name><filter-class>shop.AuditFilter</filter-class></filter>
              <filter><filter-name>encoding</filter-name><filter-class>shop.EncodingFilter</filter-class>
                <init-param><param-name>encoding</param-name><param-value>UTF-8</param-value></init-param></filter>
              <filter-mapping><filter-name>encoding</filter-name><url-pattern>/*</url-pattern></filter-mapping>
              <filter-mapping><filter-name>audit</filter-name><servlet-name>orders</servlet-name>
                <dispatcher>FORWARD</dispatcher></filter-mapping>
              <servlet><servlet-name>orders</servlet-name><servlet-class>shop.OrderServlet</servlet-class>
                <load-on-startup>2</load-on-startup></servlet>
              <servlet><servlet-name>help</servlet-name><jsp-file>/WEB-INF/help.jsp</jsp-file></servlet>
              <servlet-mapping><servlet-name>orders</servlet-name><url-pattern>/orders/*</url-pattern></servlet-mapping>
              <servlet-mapping><servlet-name>help</servlet-name><url-pattern>/help</url-pattern></servlet-mapping>
              <session-config><session-timeout>20</session-timeout>
                <cookie-config><http-only>true</http-only></cookie-config><tracking-mode>COOKIE</tracking-mode></session-config>
              <error-page><error-code>404</error-code><location>/WEB-INF/404.jsp</location></error-page>
              <error-page><exception-type>java.lang.Throwable</exception-type><location>/WEB-INF/500.jsp</location></error-page>
              <security-constraint><web-resource-collection><url-pattern>/admin/*</url-pattern></web-resource-collection></security-constraint>
            </web-app>
            """;

    @Test
    void theDescriptorThenTheAnnotatedClassesAsTheContainerReadsThem() throws IOException {
        Monolith monolith = shop("");
        WebApp web = WebApp.read(monolith.root(), monolith.types()).orElseThrow();

        assertThat(web.jakarta()).isFalse();
        assertThat(web.contextParams()).containsKeys("shop.db.url", "shop.createSchema").hasSize(5);
        assertThat(web.listeners()).containsExactly("shop.Startup", "shop.SessionCounter");
        assertThat(web.filters()).extracting(WebApp.Filter::name)
                .as("the chain's order is the mappings' order").containsExactly("encoding", "audit", "timing");
        assertThat(web.filters().get(1).mappings().get(0)).isEqualTo(new WebApp.FilterMapping(List.of(),
                List.of("orders"), List.of("FORWARD")));
        assertThat(web.filters().get(2).mappings().get(0).dispatchers()).containsExactly("REQUEST", "ASYNC");
        assertThat(web.servlets()).extracting(WebApp.Servlet::name).containsExactly("orders", "help", "reports");
        WebApp.Servlet reports = web.servlets().get(2);
        assertThat(reports.patterns()).containsExactly("/reports", "/reports/*");
        assertThat(reports.loadOnStartup()).isEqualTo(3);
        assertThat(reports.initParams()).isEqualTo(Map.of("format", "csv"));
        assertThat(reports.multipart()).containsEntry("max-file-size", Long.toString(5 * 1024 * 1024L));
        assertThat(web.servlets().get(1).jspFile()).isEqualTo("/WEB-INF/help.jsp");
        assertThat(web.welcomeFiles()).as("Tomcat's own, the monolith named none")
                .containsExactly("index.html", "index.htm", "index.jsp");
        assertThat(web.errorPages()).containsExactly(new WebApp.ErrorPage(404, null, "/WEB-INF/404.jsp"),
                new WebApp.ErrorPage(null, "java.lang.Throwable", "/WEB-INF/500.jsp"));
        assertThat(web.sessionTimeout()).isEqualTo(20);
        assertThat(web.sessionCookie()).isEqualTo(Map.of("http-only", "true"));
        assertThat(web.unsupported()).containsExactly("security-constraint");
        assertThat(web.isServlet("shop.ReportServlet")).isTrue();
        assertThat(web.isGlue("shop.TimingFilter")).isTrue();
    }

    @Test
    void aMetadataCompleteDescriptorIgnoresTheAnnotations() throws IOException {
        Monolith monolith = shop("metadata-complete=\"true\"");
        WebApp web = WebApp.read(monolith.root(), monolith.types()).orElseThrow();
        assertThat(web.servlets()).extracting(WebApp.Servlet::name).containsExactly("orders", "help");
        assertThat(web.listeners()).containsExactly("shop.Startup");
    }

    @Test
    void theStartUpSwitchThatSetsTheDatabaseUpIsFoundAndOnlyIt() throws IOException {
        Monolith monolith = shop("");
        LegacyData data = LegacyData.of(WebApp.read(monolith.root(), monolith.types()).orElseThrow(), monolith);
        assertThat(data.urlParam()).isEqualTo("shop.db.url");
        assertThat(data.userParam()).isEqualTo("shop.db.username");
        assertThat(data.passwordParam()).isEqualTo("shop.db.password");
        assertThat(data.switches()).as("shop.audit guards no SQL set-up").isEqualTo(Map.of("shop.createSchema", "false"));
        assertThat(data.setupListeners()).containsExactly("shop.Startup");
    }

    @Test
    void aDescriptorThatDoesNotParseIsRefusedNamingIt() throws IOException {
        Monolith monolith = shop("");
        Files.writeString(monolith.root().resolve(WebApp.DESCRIPTOR), "<web-app><servlet>");
        assertThatThrownBy(() -> WebApp.read(monolith.root(), monolith.types()))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("WEB-INF/web.xml does not parse as XML").hasMessageContaining("correct it");
    }

    @Test
    void aSpringWebApplicationInitializerIsTheApplicationsDescriptor() throws IOException {
        // spring-framework-petclinic: no web.xml, an AbstractDispatcherServletInitializer loading XML contexts
        Path root = dir.resolve("clinic");
        write(root, "src/main/java/clinic/ClinicInitializer.java", """
                package clinic;
                import org.springframework.web.context.WebApplicationContext;
                import org.springframework.web.context.support.XmlWebApplicationContext;
                import org.springframework.web.servlet.support.AbstractDispatcherServletInitializer;
                public class ClinicInitializer extends AbstractDispatcherServletInitializer {
                    protected WebApplicationContext createRootApplicationContext() {
                        XmlWebApplicationContext root = new XmlWebApplicationContext();
                        root.setConfigLocations("classpath:spring/business.xml", "classpath:spring/tools.xml");
                        return root;
                    }
                    protected WebApplicationContext createServletApplicationContext() {
                        XmlWebApplicationContext web = new XmlWebApplicationContext();
                        web.setConfigLocation("classpath:spring/mvc.xml");
                        return web;
                    }
                    protected String[] getServletMappings() { return new String[] {"/"}; }
                }
                """);
        write(root, "src/main/java/clinic/Owner.java", "package clinic;\npublic class Owner {}\n");
        Monolith monolith = Monolith.load(root, List.of());
        Monolith.requireSpringBoot(root);

        WebApp web = WebApp.read(monolith.root(), monolith.types()).orElseThrow();

        assertThat(web.descriptor()).isNull();
        assertThat(web.initializers()).containsExactly(new WebApp.Initializer("clinic.ClinicInitializer",
                List.of("classpath:spring/business.xml", "classpath:spring/tools.xml", "classpath:spring/mvc.xml")));
        assertThat(web.isGlue("clinic.ClinicInitializer")).as("every service runs it").isTrue();
        assertThat(web.isGlue("clinic.Owner")).isFalse();
    }

    private Monolith shop(String descriptorAttributes) throws IOException {
        Path root = dir.resolve("shop");
        write(root, WebApp.DESCRIPTOR, DESCRIPTOR.formatted(descriptorAttributes));
        write(root, "src/main/java/shop/Startup.java", """
                package shop;
                import javax.servlet.*;
                public class Startup implements ServletContextListener {
                    public void contextInitialized(ServletContextEvent e) {
                        String create = e.getServletContext().getInitParameter(Keys.CREATE);
                        if (Boolean.parseBoolean(create)) {
                            Scripts.run("/db/schema.sql");
                        }
                        if ("true".equals(e.getServletContext().getInitParameter("shop.audit"))) {
                            System.out.println("audit on");
                        }
                    }
                }
                """);
        write(root, "src/main/java/shop/Keys.java", """
                package shop;
                interface Keys { String CREATE = "shop." + "createSchema"; }
                """);
        write(root, "src/main/java/shop/Scripts.java", """
                package shop;
                class Scripts { static void run(String resource) { execute("CREATE TABLE orders (id INT)"); }
                    static void execute(String sql) { } }
                """);
        write(root, "src/main/java/shop/ReportServlet.java", """
                package shop;
                import javax.servlet.annotation.*;
                @WebServlet(name = "reports", urlPatterns = {ReportServlet.BASE, ReportServlet.BASE + "/*"}, loadOnStartup = 3,
                        initParams = @WebInitParam(name = "format", value = "csv"))
                @MultipartConfig(maxFileSize = 5 * 1024 * 1024L)
                public class ReportServlet extends javax.servlet.http.HttpServlet { static final String BASE = "/reports"; }
                """);
        write(root, "src/main/java/shop/TimingFilter.java", """
                package shop;
                import javax.servlet.annotation.*;
                import javax.servlet.DispatcherType;
                @WebFilter(filterName = "timing", value = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
                public class TimingFilter { }
                """);
        write(root, "src/main/java/shop/SessionCounter.java", """
                package shop;
                @javax.servlet.annotation.WebListener
                public class SessionCounter { }
                """);
        return Monolith.load(root, List.of());
    }

    private static void write(Path root, String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }
}
