package dev.cleave.codegen.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The beans and the database of a servlet application's Spring XML contexts. */
class SpringXmlBeansTest {
    @TempDir
    Path dir;

    private static final String WEB_XML = """
            <web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="3.1">
              <context-param><param-name>contextConfigLocation</param-name>
                <param-value>/WEB-INF/root.xml</param-value></context-param>
              <listener><listener-class>org.springframework.web.context.ContextLoaderListener</listener-class></listener>
              <servlet><servlet-name>shop</servlet-name>
                <servlet-class>org.springframework.web.servlet.DispatcherServlet</servlet-class></servlet>
            </web-app>
            """;

    @Test
    void beansAreReadFromTheRootContextThenItsImportsThenTheDispatcherServletsOwnContext() throws IOException {
        write("src/main/webapp/WEB-INF/web.xml", WEB_XML);
        write("src/main/webapp/WEB-INF/root.xml", """
                <beans xmlns="http://www.springframework.org/schema/beans">
                  <import resource="classpath:spring/data.xml"/>
                  <bean id="prices" class="x.Prices"/>
                </beans>
                """);
        write("src/main/resources/spring/data.xml", """
                <beans xmlns="http://www.springframework.org/schema/beans"><bean name="dao" class="x.Dao"/></beans>
                """);
        write("src/main/webapp/WEB-INF/shop-servlet.xml", """
                <beans xmlns="http://www.springframework.org/schema/beans"><bean class="x.web.Home"/></beans>
                """);
        assertThat(SpringXmlBeans.of(dir, webApp())).containsExactly(
                new SpringXmlBeans.Bean("src/main/webapp/WEB-INF/root.xml", "prices", "x.Prices"),
                new SpringXmlBeans.Bean("src/main/resources/spring/data.xml", "dao", "x.Dao"),
                new SpringXmlBeans.Bean("src/main/webapp/WEB-INF/shop-servlet.xml", "", "x.web.Home"));
    }

    @Test
    void aPlaceholderDataSourceGivesItsKeysAndAnUnswitchedSetUpIsTurnedOffInTheServicesCopy() throws IOException {
        write("src/main/webapp/WEB-INF/web.xml", WEB_XML);
        write("src/main/resources/db.properties", "db.url=jdbc:h2:mem:shop\ndb.user=clerk\ndb.secret=till\n");
        write("src/main/webapp/WEB-INF/root.xml", """
                <beans xmlns="http://www.springframework.org/schema/beans"
                       xmlns:jdbc="http://www.springframework.org/schema/jdbc">
                  <bean id="ds" class="org.apache.commons.dbcp.BasicDataSource">
                    <property name="url" value="${db.url}"/>
                    <property name="username" value="${db.user}"/>
                    <property name="password" value="${db.secret:}"/>
                  </bean>
                  <jdbc:initialize-database data-source="ds"   enabled="true">
                    <jdbc:script location="/WEB-INF/sql/schema.sql"/>
                    <jdbc:script location="classpath:data.sql"/>
                  </jdbc:initialize-database>
                </beans>
                """);
        SpringXmlBeans.Database db = SpringXmlBeans.database(dir, webApp(), "src/main/resources/db.properties",
                "jdbc:h2:mem:shop").orElseThrow();
        assertThat(db.file()).isEqualTo("src/main/webapp/WEB-INF/root.xml");
        assertThat(List.of(db.urlKey(), db.userKey(), db.passwordKey(), db.user(), db.password()))
                .containsExactly("db.url", "db.user", "db.secret", "clerk", "till");
        assertThat(db.switchKey()).isNull();
        assertThat(db.scripts()).containsExactly("classpath:META-INF/resources/WEB-INF/sql/schema.sql",
                "classpath:data.sql");
        assertThat(db.rewritten()).containsOnlyKeys("META-INF/resources/WEB-INF/root.xml");
        assertThat(db.rewritten().get("META-INF/resources/WEB-INF/root.xml"))
                .contains("<jdbc:initialize-database enabled=\"false\" data-source=\"ds\">")
                .contains("<property name=\"url\" value=\"${db.url}\"/>");
    }

    /**
     * spring-framework-petclinic: the properties file's values are Maven placeholders its build fills from a profile
     * active by default (so the built XML holds the literal URL too), the data source takes them as {@code p:}
     * attributes, and the configurer reads system properties before its file. The services' copy keeps the URL's
     * placeholder and reads Spring's environment, where their settings point it at the shared database.
     */
    @Test
    void aMavenFilteredPlaceholderDataSourceOfPAttributesIsFoundAndTheServicesCopyKeepsItsPlaceholders()
            throws IOException {
        write("pom.xml", """
                <project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>clinic</artifactId>
                  <version>1</version>
                  <build><resources><resource><directory>${basedir}/src/main/resources</directory>
                    <filtering>true</filtering></resource></resources></build>
                  <profiles><profile><id>H2</id><activation><activeByDefault>true</activeByDefault></activation>
                    <properties><jdbc.url>jdbc:h2:mem:clinic</jdbc.url><jdbc.username>sa</jdbc.username>
                      <db.script>h2</db.script></properties></profile></profiles>
                </project>
                """);
        write("src/main/resources/spring/data-access.properties", """
                jdbc.url=${jdbc.url}
                jdbc.username=${jdbc.username}
                jdbc.initLocation=classpath:db/${db.script}/schema.sql
                """);
        write("src/main/resources/spring/beans.xml", """
                <beans xmlns="http://www.springframework.org/schema/beans"
                       xmlns:p="http://www.springframework.org/schema/p"
                       xmlns:context="http://www.springframework.org/schema/context"
                       xmlns:jdbc="http://www.springframework.org/schema/jdbc">
                  <context:property-placeholder location="classpath:spring/data-access.properties" system-properties-mode="OVERRIDE"/>
                  <bean id="dataSource" class="org.apache.tomcat.jdbc.pool.DataSource"
                        p:url="${jdbc.url}" p:username="${jdbc.username}" p:defaultAutoCommit-ref="x"/>
                  <jdbc:initialize-database data-source="dataSource">
                    <jdbc:script location="${jdbc.initLocation}"/>
                  </jdbc:initialize-database>
                </beans>
                """);
        write("src/main/java/x/ClinicInitializer.java", """
                package x;
                import org.springframework.web.servlet.support.AbstractDispatcherServletInitializer;
                public class ClinicInitializer extends AbstractDispatcherServletInitializer {
                    String[] roots() { return new String[] {"classpath:spring/beans.xml"}; }
                }
                """);
        Monolith monolith = Monolith.load(dir, List.of());
        WebApp web = WebApp.read(dir, monolith.types()).orElseThrow();
        assertThat(LegacyData.memoryUrlOutsideParams(web, monolith)).hasValueSatisfying(found -> assertThat(found)
                .as("seen as the build leaves the file, the properties file before the XML Maven also filled")
                .containsExactly(
                        "src/main/resources/spring/data-access.properties", "jdbc:h2:mem:clinic"));

        SpringXmlBeans.Database db = SpringXmlBeans.database(dir, web,
                "src/main/resources/spring/data-access.properties", "jdbc:h2:mem:clinic").orElseThrow();

        assertThat(List.of(db.urlKey(), db.userKey(), db.user())).containsExactly("jdbc.url", "jdbc.username", "sa");
        assertThat(db.scripts()).containsExactly("classpath:db/h2/schema.sql");
        assertThat(db.rewritten().get("spring/beans.xml"))
                .contains("p:url=\"${jdbc.url}\" p:username=\"${jdbc.username}\"",
                        "<context:property-placeholder location=\"classpath:spring/data-access.properties\"/>",
                        "<jdbc:initialize-database enabled=\"false\" data-source=\"dataSource\">")
                .doesNotContain("OVERRIDE");
        assertThat(MavenFiltering.of(dir).read(dir, dir.resolve("src/main/resources/spring/beans.xml")))
                .as("the shared library's copy is the built file").contains("p:url=\"jdbc:h2:mem:clinic\"");
    }

    @Test
    void anEmbeddedDatabaseIsReplacedByADataSourceOfTheSameIdInTheServicesCopy() throws IOException {
        write("src/main/webapp/WEB-INF/web.xml", WEB_XML);
        write("src/main/webapp/WEB-INF/root.xml", """
                <beans xmlns="http://www.springframework.org/schema/beans"
                       xmlns:jdbc="http://www.springframework.org/schema/jdbc">
                    <!-- in-memory database and a datasource -->
                    <jdbc:embedded-database id="dataSource">
                        <jdbc:script location="classpath:database/schema.sql"/>
                        <jdbc:script location="classpath:database/load.sql"/>
                    </jdbc:embedded-database>
                    <bean id="tx" class="org.springframework.jdbc.datasource.DataSourceTransactionManager"/>
                </beans>
                """);
        SpringXmlBeans.Database db = SpringXmlBeans.embedded(dir, webApp()).orElseThrow();
        assertThat(db.url()).isEqualTo("jdbc:hsqldb:mem:dataSource");
        assertThat(db.scripts()).containsExactly("classpath:database/schema.sql", "classpath:database/load.sql");
        assertThat(db.urlKey()).isNull();
        Map<String, String> rewritten = db.rewritten();
        assertThat(rewritten.get("META-INF/resources/WEB-INF/root.xml"))
                .contains("<!-- in-memory database and a datasource -->\n    <bean id=\"dataSource\" class=\""
                        + "org.springframework.jdbc.datasource.DriverManagerDataSource\"><property name=\"url\" value=\""
                        + "${spring.datasource.url}\"/>")
                .doesNotContain("embedded-database", "schema.sql")
                .contains("<bean id=\"tx\"");
    }

    private WebApp webApp() throws IOException {
        return WebApp.read(dir, Map.of()).orElseThrow();
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
