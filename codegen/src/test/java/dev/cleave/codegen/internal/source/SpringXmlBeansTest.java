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
