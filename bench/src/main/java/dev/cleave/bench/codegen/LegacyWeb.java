package dev.cleave.bench.codegen;

import static dev.cleave.bench.codegen.SyntheticSpringMonolith.capital;
import static dev.cleave.bench.codegen.SyntheticSpringMonolith.snake;

import java.util.List;
import java.util.Map;

/**
 * The build, descriptors, pages and schema of the synthetic legacy monolith: a WAR {@code pom.xml} (Spring 5.3,
 * {@code javax.servlet} 4.0 provided, JSTL 1.2, H2; no Spring Boot), {@code WEB-INF/web.xml} (the database's context
 * parameters, the DataSource listener before Spring's {@code ContextLoaderListener}, the login filter, every servlet
 * and its mapping), {@code WEB-INF/applicationContext.xml} (a service bean per entity, named by class, made with the
 * DataSource), the JSPs under {@code WEB-INF/jsp} and {@code sql/schema.sql}.
 */
final class LegacyWeb {
    private static final Map<String, String> SQL = Map.of("Long", "BIGINT", "String", "VARCHAR(200)",
            "Integer", "INT", "Boolean", "BOOLEAN", "BigDecimal", "DECIMAL(12, 2)", "LocalDate", "DATE",
            "Instant", "TIMESTAMP");

    private LegacyWeb() {
    }

    static String pom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 http://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- a synthetic pre-Boot intranet WAR (Cleave code generation benchmark): servlets, JSP/JSTL,
                       Spring XML services over plain JDBC DAOs, H2 -->
                  <groupId>com.acme</groupId>
                  <artifactId>legacy-synth</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <packaging>war</packaging>
                  <name>Synthetic legacy monolith (Cleave code generation benchmark)</name>
                  <properties>
                    <maven.compiler.source>1.8</maven.compiler.source>
                    <maven.compiler.target>1.8</maven.compiler.target>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <servlet-api.version>4.0.1</servlet-api.version>
                    <jstl.version>1.2</jstl.version>
                    <spring.version>5.3.39</spring.version>
                    <h2.version>2.3.232</h2.version>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>javax.servlet</groupId>
                      <artifactId>javax.servlet-api</artifactId>
                      <version>${servlet-api.version}</version>
                      <scope>provided</scope>
                    </dependency>
                    <dependency>
                      <groupId>javax.servlet</groupId>
                      <artifactId>jstl</artifactId>
                      <version>${jstl.version}</version>
                    </dependency>
                    <dependency>
                      <groupId>org.springframework</groupId>
                      <artifactId>spring-context</artifactId>
                      <version>${spring.version}</version>
                    </dependency>
                    <dependency>
                      <groupId>org.springframework</groupId>
                      <artifactId>spring-web</artifactId>
                      <version>${spring.version}</version>
                    </dependency>
                    <dependency>
                      <groupId>com.h2database</groupId>
                      <artifactId>h2</artifactId>
                      <version>${h2.version}</version>
                    </dependency>
                  </dependencies>
                  <build>
                    <finalName>legacy-synth</finalName>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-war-plugin</artifactId>
                        <version>3.4.0</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """;
    }

    /** {@code web.xml}: modules in order, each with its home servlet and its entities' four servlets. */
    static String webXml(Map<String, List<LegacyEntity>> modules) {
        StringBuilder servlets = new StringBuilder();
        StringBuilder mappings = new StringBuilder();
        servlet(servlets, mappings, "login", SyntheticLegacyMonolith.COMMON + ".web.LoginServlet", "/login",
                "    <init-param>\n      <param-name>password</param-name>\n      <param-value>secret</param-value>\n"
                        + "    </init-param>\n    <load-on-startup>1</load-on-startup>\n");
        servlet(servlets, mappings, "logout", SyntheticLegacyMonolith.COMMON + ".web.LogoutServlet", "/logout", "");
        modules.forEach((module, entities) -> {
            String pkg = SyntheticLegacyMonolith.BASE + "." + module + ".web.";
            servlet(servlets, mappings, module + "Home", pkg + capital(module) + "HomeServlet", "/" + module, "");
            for (LegacyEntity e : entities) {
                servlet(servlets, mappings, e.var() + "List", pkg + "List" + e.name() + "Servlet", e.path(), "");
                servlet(servlets, mappings, e.var() + "View", pkg + "View" + e.name() + "Servlet", e.path() + "/view", "");
                servlet(servlets, mappings, e.var() + "Edit", pkg + "Edit" + e.name() + "Servlet", e.path() + "/edit", "");
                servlet(servlets, mappings, e.var() + "Close", pkg + "Close" + e.name() + "Servlet", e.path() + "/close",
                        "");
            }
        });
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://xmlns.jcp.org/xml/ns/javaee http://xmlns.jcp.org/xml/ns/javaee/web-app_4_0.xsd"
                         version="4.0">

                  <display-name>Acme intranet (synthetic)</display-name>

                  <!-- database: H2 in memory on the training server -->
                  <context-param>
                    <param-name>app.jdbc.url</param-name>
                    <param-value>jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1</param-value>
                  </context-param>
                  <context-param>
                    <param-name>app.jdbc.user</param-name>
                    <param-value>sa</param-value>
                  </context-param>
                  <context-param>
                    <param-name>app.jdbc.password</param-name>
                    <param-value></param-value>
                  </context-param>
                  <context-param>
                    <param-name>app.jdbc.maxConnections</param-name>
                    <param-value>10</param-value>
                  </context-param>
                  <context-param>
                    <param-name>app.initDatabase</param-name>
                    <param-value>true</param-value>
                  </context-param>
                  <context-param>
                    <param-name>contextConfigLocation</param-name>
                    <param-value>/WEB-INF/applicationContext.xml</param-value>
                  </context-param>

                  <!-- the DataSource first: the service beans of the root context are made with it -->
                  <listener>
                    <listener-class>%s.web.AppContextListener</listener-class>
                  </listener>
                  <listener>
                    <listener-class>org.springframework.web.context.ContextLoaderListener</listener-class>
                  </listener>

                  <filter>
                    <filter-name>loginFilter</filter-name>
                    <filter-class>%s.web.LoginFilter</filter-class>
                    <init-param>
                      <param-name>openPaths</param-name>
                      <param-value>/login, /css/*, /favicon.ico</param-value>
                    </init-param>
                  </filter>
                  <filter-mapping>
                    <filter-name>loginFilter</filter-name>
                    <url-pattern>/*</url-pattern>
                  </filter-mapping>

                %s
                %s
                  <session-config>
                    <session-timeout>30</session-timeout>
                  </session-config>

                  <welcome-file-list>
                    <welcome-file>index.jsp</welcome-file>
                  </welcome-file-list>

                  <error-page>
                    <error-code>404</error-code>
                    <location>/WEB-INF/jsp/error/404.jsp</location>
                  </error-page>
                  <error-page>
                    <exception-type>java.lang.Throwable</exception-type>
                    <location>/WEB-INF/jsp/error/500.jsp</location>
                  </error-page>
                </web-app>
                """.formatted(SyntheticLegacyMonolith.COMMON, SyntheticLegacyMonolith.COMMON, servlets, mappings);
    }

    private static void servlet(StringBuilder servlets, StringBuilder mappings, String name, String className,
                                String pattern, String more) {
        servlets.append("  <servlet>\n    <servlet-name>").append(name).append("</servlet-name>\n    <servlet-class>")
                .append(className).append("</servlet-class>\n").append(more)
                .append("  </servlet>\n");
        mappings.append("  <servlet-mapping>\n    <servlet-name>").append(name)
                .append("</servlet-name>\n    <url-pattern>").append(pattern).append("</url-pattern>\n")
                .append("  </servlet-mapping>\n");
    }

    /** The root context: the DataSource the listener made, and every service bean, by class. */
    static String applicationContext(Map<String, List<LegacyEntity>> modules) {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <beans xmlns="http://www.springframework.org/schema/beans"
                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xsi:schemaLocation="http://www.springframework.org/schema/beans
                                           http://www.springframework.org/schema/beans/spring-beans.xsd">

                  <!-- the pool AppContextListener made from the app.jdbc.* context parameters -->
                  <bean id="dataSource" class="org.springframework.web.context.support.ServletContextAttributeFactoryBean">
                    <property name="attributeName" value="app.dataSource"/>
                  </bean>
                """);
        modules.forEach((module, entities) -> {
            s.append("\n  <!-- ").append(module).append(" -->\n");
            for (LegacyEntity e : entities) {
                s.append("  <bean id=\"").append(e.beanId()).append("\" class=\"").append(e.pkg()).append(".service.")
                        .append(e.name()).append("Service\">\n    <constructor-arg ref=\"dataSource\"/>\n  </bean>\n");
            }
        });
        return s.append("</beans>\n").toString();
    }

    static String schema(Map<String, List<LegacyEntity>> modules) {
        StringBuilder s = new StringBuilder("-- the schema AppContextListener creates when app.initDatabase is true\n");
        modules.values().forEach(entities -> entities.forEach(e -> {
            s.append("\nCREATE TABLE ").append(e.table()).append(" (\n    id BIGINT AUTO_INCREMENT PRIMARY KEY");
            for (String[] f : e.fields().subList(1, e.fields().size())) {
                s.append(",\n    ").append(snake(f[1])).append(' ').append(SQL.get(f[0]))
                        .append(f[1].equals("code") ? " NOT NULL UNIQUE" : f[1].equals("name")
                                || f[1].equals("status") ? " NOT NULL" : "");
            }
            s.append("\n);\n");
        }));
        return s.toString();
    }

    static String listJsp(LegacyEntity e) {
        return """
                <%%@ page contentType="text/html;charset=UTF-8" %%>
                <%%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %%>
                <%%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt" %%>
                <c:set var="title" value="%1$ss" scope="request"/>
                <%%@ include file="/WEB-INF/jsp/common/header.jspf" %%>
                <h1>%1$ss</h1>
                <form method="get" action="${pageContext.request.contextPath}%2$s">
                  <select name="status">
                    <option value="">all</option>
                    <c:forEach items="${counts}" var="count">
                      <option value="${count.key}" ${count.key == status ? 'selected' : ''}>${count.key} (${count.value})</option>
                    </c:forEach>
                  </select>
                  <button type="submit">Show</button>
                </form>
                <table class="list">
                  <thead>
                    <tr><th>Code</th><th>Name</th><th>Status</th><th>Amount</th><th>Quantity</th><th>Total</th></tr>
                  </thead>
                  <tbody>
                  <c:forEach items="${rows}" var="row">
                    <tr>
                      <td><a href="${pageContext.request.contextPath}%2$s/view?id=${row.id}"><c:out value="${row.code}"/></a></td>
                      <td><c:out value="${row.name}"/></td>
                      <td>${row.status}</td>
                      <td><fmt:formatNumber value="${row.amount}" minFractionDigits="2"/></td>
                      <td>${row.quantity}</td>
                      <td><fmt:formatNumber value="${row.total}" minFractionDigits="2"/></td>
                    </tr>
                  </c:forEach>
                  </tbody>
                </table>
                <p>Total: <fmt:formatNumber value="${total}" minFractionDigits="2"/></p>
                <p><a href="${pageContext.request.contextPath}%2$s/edit">New %1$s</a></p>
                <%%@ include file="/WEB-INF/jsp/common/footer.jspf" %%>
                """.formatted(e.name(), e.path());
    }

    static String viewJsp(LegacyEntity e) {
        StringBuilder rows = new StringBuilder();
        for (String[] f : e.fields()) {
            rows.append("  <tr><th>").append(f[1]).append("</th><td><c:out value=\"${row.").append(f[1])
                    .append("}\"/></td></tr>\n");
        }
        StringBuilder related = new StringBuilder();
        if (e.parent() != null) {
            related.append("<c:if test=\"${not empty parent}\">\n  <p>Part of ").append(e.parent())
                    .append(" <c:out value=\"${parent.code}\"/></p>\n</c:if>\n");
        }
        if (e.linked() != null) {
            related.append("<c:if test=\"${not empty ref}\">\n  <p>Refers to ").append(e.linked().entity())
                    .append(" <c:out value=\"${ref.code}\"/> (${ref.status})</p>\n</c:if>\n");
        }
        if (e.child() != null) {
            related.append("<h2>").append(e.child()).append("s</h2>\n<ul>\n  <c:forEach items=\"${children}\" var=\"child\">\n")
                    .append("    <li><c:out value=\"${child.code}\"/>: <c:out value=\"${child.name}\"/></li>\n")
                    .append("  </c:forEach>\n</ul>\n");
        }
        return """
                <%%@ page contentType="text/html;charset=UTF-8" %%>
                <%%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %%>
                <c:set var="title" value="%1$s ${row.code}" scope="request"/>
                <%%@ include file="/WEB-INF/jsp/common/header.jspf" %%>
                <h1>%1$s <c:out value="${row.code}"/></h1>
                <table class="details">
                %3$s</table>
                %4$s<form method="post" action="${pageContext.request.contextPath}%2$s/close">
                  <input type="hidden" name="id" value="${row.id}"/>
                  <c:if test="${row.status == 'CLOSED'}"><input type="hidden" name="reopen" value="true"/></c:if>
                  <button type="submit">${row.status == 'CLOSED' ? 'Reopen' : 'Close'}</button>
                </form>
                <p><a href="${pageContext.request.contextPath}%2$s/edit?id=${row.id}">Edit</a>
                   | <a href="${pageContext.request.contextPath}%2$s">All %1$ss</a></p>
                <%%@ include file="/WEB-INF/jsp/common/footer.jspf" %%>
                """.formatted(e.name(), e.path(), rows, related);
    }

    static String formJsp(LegacyEntity e) {
        StringBuilder inputs = new StringBuilder("  <label>code <input name=\"code\" value=\"<c:out value='${row.code}'/>\""
                + " ${empty row.id ? '' : 'readonly'}/></label>\n");
        for (String[] f : e.editable()) {
            String type = switch (f[0]) {
                case "Boolean" -> "checkbox";
                case "LocalDate" -> "date";
                case "String" -> "text";
                default -> "number";
            };
            inputs.append("  <label>").append(f[1]).append(" <input type=\"").append(type).append("\" name=\"")
                    .append(f[1]).append(type.equals("checkbox") ? "\" ${row." + f[1] + " ? 'checked' : ''}"
                            : "\" value=\"<c:out value='${row." + f[1] + "}'/>\"")
                    .append("/></label>\n");
        }
        return """
                <%%@ page contentType="text/html;charset=UTF-8" %%>
                <%%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %%>
                <c:set var="title" value="%1$s" scope="request"/>
                <%%@ include file="/WEB-INF/jsp/common/header.jspf" %%>
                <h1>${empty row.id ? 'New' : 'Edit'} %1$s</h1>
                <c:if test="${not empty error}"><p class="error" data-field="${field}"><c:out value="${error}"/></p></c:if>
                <form method="post" action="${pageContext.request.contextPath}%2$s/edit">
                  <input type="hidden" name="id" value="${row.id}"/>
                %3$s  <button type="submit">Save</button>
                </form>
                <%%@ include file="/WEB-INF/jsp/common/footer.jspf" %%>
                """.formatted(e.name(), e.path(), inputs);
    }

    static String homeJsp(String module, List<LegacyEntity> entities) {
        StringBuilder links = new StringBuilder();
        for (LegacyEntity e : entities) {
            links.append("  <li><a href=\"${pageContext.request.contextPath}").append(e.path()).append("\">")
                    .append(e.name()).append("s</a></li>\n");
        }
        return """
                <%%@ page contentType="text/html;charset=UTF-8" %%>
                <%%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %%>
                <%%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt" %%>
                <c:set var="title" value="%1$s" scope="request"/>
                <%%@ include file="/WEB-INF/jsp/common/header.jspf" %%>
                <h1>%1$s</h1>
                <ul>
                %2$s</ul>
                <table class="list">
                  <c:forEach items="${exposure}" var="e">
                    <tr><th>${e.key}</th><td><fmt:formatNumber value="${e.value}" minFractionDigits="2"/></td></tr>
                  </c:forEach>
                </table>
                <%%@ include file="/WEB-INF/jsp/common/footer.jspf" %%>
                """.formatted(capital(module), links);
    }

    /** Pages shared by all modules: relative path under {@code src/main/webapp} → text. */
    static Map<String, String> commonPages(String firstModule, List<String> modules) {
        StringBuilder nav = new StringBuilder();
        modules.forEach(m -> nav.append("    <a href=\"${pageContext.request.contextPath}/").append(m).append("\">")
                .append(capital(m)).append("</a>\n"));
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("index.jsp", "<%% response.sendRedirect(request.getContextPath() + \"/%s\"); %%>\n"
                .formatted(firstModule));
        pages.put("WEB-INF/jsp/common/header.jspf", """
                <%%@ page pageEncoding="UTF-8" %%>
                <!DOCTYPE html>
                <html>
                <head>
                  <meta charset="UTF-8">
                  <title><c:out value="${title}"/> - Acme intranet</title>
                  <link rel="stylesheet" href="${pageContext.request.contextPath}/css/app.css">
                </head>
                <body>
                  <nav>
                %s    <form method="post" action="${pageContext.request.contextPath}/logout"><button>Sign out</button></form>
                  </nav>
                  <main>
                """.formatted(nav));
        pages.put("WEB-INF/jsp/common/footer.jspf", "  </main>\n</body>\n</html>\n");
        pages.put("WEB-INF/jsp/login.jsp", """
                <%@ page contentType="text/html;charset=UTF-8" %>
                <%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
                <!DOCTYPE html>
                <html>
                <head><meta charset="UTF-8"><title>Sign in - Acme intranet</title></head>
                <body>
                <h1>Sign in</h1>
                <c:if test="${not empty error}"><p class="error"><c:out value="${error}"/></p></c:if>
                <form method="post" action="${pageContext.request.contextPath}/login">
                  <label>User <input name="username"/></label>
                  <label>Password <input type="password" name="password"/></label>
                  <button type="submit">Sign in</button>
                </form>
                </body>
                </html>
                """);
        pages.put("WEB-INF/jsp/error/404.jsp", "<%@ page contentType=\"text/html;charset=UTF-8\" isErrorPage=\"true\" %>\n"
                + "<html><body><h1>Not found</h1></body></html>\n");
        pages.put("WEB-INF/jsp/error/500.jsp", "<%@ page contentType=\"text/html;charset=UTF-8\" isErrorPage=\"true\" %>\n"
                + "<html><body><h1>Something went wrong</h1><p>${pageContext.exception.message}</p></body></html>\n");
        pages.put("css/app.css", "body { font-family: sans-serif; }\ntable.list td, table.list th { padding: 2px 8px; }\n"
                + ".error { color: #a00; }\n");
        return pages;
    }
}
