package dev.cleave.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Finds the repository's samples and the jars of their dependencies (from the local Maven repository). */
final class Samples {
    private Samples() {
    }

    /** The repository root: system property {@code cleave.root}, else the nearest parent holding samples/. */
    static Path repo() {
        String configured = System.getProperty("cleave.root");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples/spring-shop"))) {
                return p;
            }
        }
        throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
    }

    static Path springShop() {
        return repo().resolve("samples/spring-shop");
    }

    /**
     * A copy of a sample whose settings ({@code application.yml}) name a PostgreSQL database instead of its H2 one,
     * with PostgreSQL's JDBC driver added to its build and H2's sequence syntax in native queries
     * ({@code NEXT VALUE FOR s}) written as PostgreSQL's ({@code nextval('s')}): the same application on a server
     * database, as many real monoliths are.
     */
    static Path onPostgres(Path sample, Path to, String url) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = sample.relativize(file).toString();
                if (relative.startsWith("target") || relative.startsWith("src/test")) {
                    continue;
                }
                Files.createDirectories(to.resolve(relative).getParent());
                Files.copy(file, to.resolve(relative), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                if (relative.endsWith(".java")) {
                    String source = Files.readString(file);
                    Files.writeString(to.resolve(relative),
                            source.replaceAll("NEXT VALUE FOR (\\w+)", "nextval('$1')"));
                }
            }
        }
        Path yml = to.resolve("src/main/resources/application.yml");
        String settings = Files.readString(yml);
        String changed = settings.replaceFirst("url: jdbc:h2:[^\n]*", "url: " + url)
                .replace("driver-class-name: org.h2.Driver", "driver-class-name: org.postgresql.Driver");
        if (changed.equals(settings)) {
            throw new IllegalStateException(yml + " names no H2 datasource to replace");
        }
        Files.writeString(yml, changed);
        Path pom = to.resolve("pom.xml");
        String build = Files.readString(pom);
        int managed = build.indexOf("</dependencyManagement>");
        int at = build.indexOf("<dependencies>", Math.max(0, managed)) + "<dependencies>".length();
        Files.writeString(pom, build.substring(0, at) + "\n    <dependency><groupId>org.postgresql</groupId>"
                + "<artifactId>postgresql</artifactId><scope>runtime</scope></dependency>" + build.substring(at));
        return to;
    }

    /**
     * payroll-servlets as it was before its 2022 move to Jakarta EE: a Tomcat 9 WAR on {@code javax.servlet} 4.0 with
     * JSTL 1.2 ({@code javax.servlet:jstl}, the {@code http://java.sun.com/jsp/jstl/*} tag URIs) and a Java EE 8
     * deployment descriptor; its {@code tomcat.version} and {@code servlet-api.version} properties are left as they
     * were (they name the old test container, and share their names with Boot's own). The copy has no tests.
     */
    static Path payrollOnJavax(Path to) throws IOException {
        Path sample = repo().resolve("samples/payroll-servlets");
        copyMain(sample, to);
        try (java.util.stream.Stream<Path> files = Files.walk(to.resolve("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(java|jspf?|xml)$"))
                    .toList()) {
                Files.writeString(file, Files.readString(file)
                        .replace("jakarta.servlet", "javax.servlet")
                        .replace("uri=\"jakarta.tags.core\"", "uri=\"http://java.sun.com/jsp/jstl/core\"")
                        .replace("uri=\"jakarta.tags.fmt\"", "uri=\"http://java.sun.com/jsp/jstl/fmt\"")
                        .replace("xmlns=\"https://jakarta.ee/xml/ns/jakartaee\"", "xmlns=\"http://xmlns.jcp.org/xml/ns/javaee\"")
                        .replace("https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd",
                                "http://xmlns.jcp.org/xml/ns/javaee http://xmlns.jcp.org/xml/ns/javaee/web-app_4_0.xsd")
                        .replace("version=\"6.0\"", "version=\"4.0\""));
            }
        }
        Path pom = to.resolve("pom.xml");
        replace(pom, "<groupId>jakarta.servlet</groupId>\n      <artifactId>jakarta.servlet-api</artifactId>\n"
                + "      <version>${servlet-api.version}</version>", "<groupId>javax.servlet</groupId>\n"
                + "      <artifactId>javax.servlet-api</artifactId>\n      <version>4.0.1</version>");
        String build = Files.readString(pom).replaceAll("(?s)<dependency>\\s*<groupId>jakarta.servlet.jsp.jstl</groupId>"
                + ".*?</dependency>\\s*<dependency>\\s*<groupId>org.glassfish.web</groupId>.*?</dependency>",
                "<dependency>\n      <groupId>javax.servlet</groupId>\n      <artifactId>jstl</artifactId>\n"
                        + "      <version>1.2</version>\n    </dependency>");
        Files.writeString(pom, build.replaceAll("(?s)\\s*<dependency>\\s*<groupId>dev.cleave</groupId>.*?</dependency>", ""));
        if (!Files.readString(pom).contains("<artifactId>jstl</artifactId>")) {
            throw new IllegalStateException(pom + " no longer declares JSTL as expected: the sample changed");
        }
        return to;
    }

    /**
     * A copy of clinic-scheduler that keeps its data in an H2 database file relative to its working directory
     * ({@code jdbc:h2:file:./data/clinic}, the engine's default user), as many small applications do so that their
     * data outlives a restart; its scripts run at every start ({@code spring.sql.init.mode=always}, as written). The
     * copy has no tests (the monolith is run as a jar).
     */
    static Path clinicOnH2File(Path to) throws IOException {
        Path sample = repo().resolve("samples/clinic-scheduler");
        copyMain(sample, to);
        Path properties = to.resolve("src/main/resources/application.properties");
        String settings = Files.readString(properties).replaceAll("spring\\.datasource\\.(url|username|password)=.*\n", "");
        Files.writeString(properties, settings + "\n# the practice laptop keeps its bookings across restarts\n"
                + "spring.datasource.url=jdbc:h2:file:./data/clinic;MODE=REGULAR\n");
        Path pom = to.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replaceAll(
                "(?s)\\s*<dependency>\\s*<groupId>dev.cleave</groupId>.*?</dependency>", ""));
        return to;
    }

    /**
     * A copy of clinic-scheduler on an in-memory HyperSQL database named in a profile's settings file, as many
     * applications that grew up with several databases choose theirs: {@code application.properties} activates the
     * {@code hsqldb} profile, whose {@code application-hsqldb.properties} has the URL, the user and the scripts' mode;
     * HyperSQL replaces H2 in the build and its sequence call ({@code call next value for s}) H2's {@code select}. It
     * is served under the context path {@code /clinic} (written {@code /clinic/}), its scenarios' paths with it. The
     * copy has no tests (the monolith is run as a jar).
     */
    static Path clinicOnHsqldbProfile(Path to) throws IOException {
        Path sample = repo().resolve("samples/clinic-scheduler");
        copyMain(sample, to);
        Path sequence = to.resolve("src/main/java/com/riverside/clinic/repository/InvoiceRepository.java");
        replace(sequence, "select next value for invoice_number_seq", "call next value for invoice_number_seq");
        Path properties = to.resolve("src/main/resources/application.properties");
        String settings = Files.readString(properties).replaceAll("spring\\.datasource\\.(url|username|password)=.*\n", "");
        Files.writeString(properties, settings.replace("spring.sql.init.mode=always\n", "spring.profiles.active=hsqldb\n")
                + "\n# behind the practice's web server\nserver.servlet.context-path=/clinic/\n");
        Path scenarios = to.resolve("scenarios.json");
        Files.writeString(scenarios, Files.readString(scenarios).replace("\"path\": \"/", "\"path\": \"/clinic/"));
        Files.writeString(to.resolve("src/main/resources/application-hsqldb.properties"), """
                # the practice laptop's database
                spring.datasource.url=jdbc:hsqldb:mem:clinic
                spring.datasource.username=sa
                spring.datasource.password=
                spring.sql.init.mode=always
                """);
        Path pom = to.resolve("pom.xml");
        replace(pom, "<groupId>com.h2database</groupId>\n      <artifactId>h2</artifactId>",
                "<groupId>org.hsqldb</groupId>\n      <artifactId>hsqldb</artifactId>");
        Files.writeString(pom, Files.readString(pom).replaceAll(
                "(?s)\\s*<dependency>\\s*<groupId>dev.cleave</groupId>.*?</dependency>", ""));
        return to;
    }

    /**
     * A copy of evening-classes whose initializer is the plain {@code WebApplicationInitializer} of Spring's reference
     * documentation rather than a subclass of Spring's templates: its {@code onStartup} builds the XML root context
     * itself (profile "jpa" by default, set on the context's environment) and hands it to a
     * {@code ContextLoaderListener}, then registers the {@code DispatcherServlet} on its own XML context at "/" and the
     * encoding filter, as many Spring 3.1 to 4 applications were written. The copy has no tests.
     */
    static Path eveningClassesWithPlainInitializer(Path to) throws IOException {
        Path sample = repo().resolve("samples/evening-classes");
        copyMain(sample, to);
        Path initializer = to.resolve("src/main/java/org/ashgrove/evenings/EveningClassesInitializer.java");
        if (!Files.readString(initializer).contains("extends AbstractDispatcherServletInitializer")) {
            throw new IllegalStateException(initializer + " is no longer an AbstractDispatcherServletInitializer");
        }
        Files.writeString(initializer, """
                package org.ashgrove.evenings;

                import jakarta.servlet.DispatcherType;
                import jakarta.servlet.FilterRegistration;
                import jakarta.servlet.ServletContext;
                import jakarta.servlet.ServletRegistration;
                import jakarta.servlet.SessionTrackingMode;
                import java.util.EnumSet;
                import org.springframework.web.WebApplicationInitializer;
                import org.springframework.web.context.ContextLoaderListener;
                import org.springframework.web.context.support.XmlWebApplicationContext;
                import org.springframework.web.filter.CharacterEncodingFilter;
                import org.springframework.web.servlet.DispatcherServlet;

                public class EveningClassesInitializer implements WebApplicationInitializer {

                    @Override
                    public void onStartup(ServletContext servletContext) {
                        XmlWebApplicationContext rootContext = new XmlWebApplicationContext();
                        rootContext.setConfigLocations("classpath:spring/datasource-config.xml",
                                "classpath:spring/business-config.xml");
                        rootContext.getEnvironment().setDefaultProfiles("jpa");
                        servletContext.addListener(new ContextLoaderListener(rootContext));

                        XmlWebApplicationContext webContext = new XmlWebApplicationContext();
                        webContext.setConfigLocation("classpath:spring/mvc-config.xml");
                        ServletRegistration.Dynamic dispatcher =
                                servletContext.addServlet("dispatcher", new DispatcherServlet(webContext));
                        dispatcher.setLoadOnStartup(1);
                        dispatcher.addMapping("/");

                        CharacterEncodingFilter encodingFilter = new CharacterEncodingFilter("UTF-8", true);
                        FilterRegistration.Dynamic encoding = servletContext.addFilter("encodingFilter", encodingFilter);
                        encoding.addMappingForServletNames(EnumSet.of(DispatcherType.REQUEST, DispatcherType.FORWARD,
                                DispatcherType.INCLUDE), false, "dispatcher");
                        servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
                    }
                }
                """);
        Path pom = to.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replaceAll(
                "(?s)\\s*<dependency>\\s*<groupId>dev.cleave</groupId>.*?</dependency>", ""));
        return to;
    }

    /** Copies a sample's build, sources, resources, plan and scenarios (no tests, no build output). */
    static void copyMain(Path sample, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = sample.relativize(file).toString();
                if (!relative.startsWith("target") && !relative.startsWith("src/test")) {
                    Files.createDirectories(to.resolve(relative).getParent());
                    Files.copy(file, to.resolve(relative), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Replaces {@code text} in a file, failing when the file does not have it (the sample changed). */
    static void replace(Path file, String text, String by) throws IOException {
        String content = Files.readString(file);
        if (!content.contains(text)) {
            throw new IllegalStateException(file + " has no '" + text + "' to replace");
        }
        Files.writeString(file, content.replace(text, by));
    }

    /** Classpaths already resolved in this JVM, by the sample's pom (its path and content). */
    private static final Map<String, List<Path>> CLASSPATHS = new ConcurrentHashMap<>();

    /**
     * The compile classpath of a sample, resolved by Maven ({@link NestedMaven}: offline when the build is) once per pom
     * (path and content) in a test JVM: the plans of one sample share it.
     */
    static List<Path> classpath(Path sample, Path workDir) throws IOException, InterruptedException {
        Path pom = sample.resolve("pom.xml").toAbsolutePath().normalize();
        String key = pom + "\n" + Files.readString(pom);
        List<Path> known = CLASSPATHS.get(key);
        if (known != null) {
            return known;
        }
        List<Path> resolved = resolveClasspath(sample, workDir);
        CLASSPATHS.put(key, resolved);
        return resolved;
    }

    private static List<Path> resolveClasspath(Path sample, Path workDir) throws IOException, InterruptedException {
        Path out = workDir.resolve("classpath.txt");
        Process p = new ProcessBuilder(NestedMaven.command("-q", "-f", sample.resolve("pom.xml").toString(),
                "dependency:build-classpath", "-Dmdep.includeScope=compile", "-Dmdep.outputFile=" + out))
                .redirectErrorStream(true).redirectOutput(workDir.resolve("classpath.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("mvn dependency:build-classpath failed: see " + workDir.resolve("classpath.log"));
        }
        return Arrays.stream(Files.readString(out).trim().split(java.io.File.pathSeparator)).map(Path::of).toList();
    }
}
