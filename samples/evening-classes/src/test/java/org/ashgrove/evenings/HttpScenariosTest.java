package org.ashgrove.evenings;

import dev.cleave.scenarios.ScenarioRunner;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.webresources.DirResourceSet;
import org.apache.catalina.webresources.StandardRoot;
import org.apache.tomcat.util.scan.StandardJarScanFilter;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploys the webapp as Tomcat 10.1 would deploy the WAR, in an embedded Tomcat on a free port, and replays
 * scenarios.json against it. There is no web.xml: Tomcat finds Spring's {@code SpringServletContainerInitializer}
 * (a {@code ServletContainerInitializer} of spring-web) and hands it the {@code WebApplicationInitializer}s it
 * finds in WEB-INF/classes (here target/classes) through {@code @HandlesTypes}, that is
 * {@link EveningClassesInitializer}, which starts both Spring contexts. JSPs are compiled by Jasper with the JSTL and
 * Spring tag libraries of the test class path. The profile is the default one, "jpa".
 */
class HttpScenariosTest {

    private static Tomcat tomcat;
    private static int port;

    @BeforeAll
    static void deploy() throws LifecycleException {
        tomcat = start(null);
        port = tomcat.getConnector().getLocalPort();
    }

    /**
     * The webapp on a free port, started.
     *
     * @param profiles the context parameter {@code spring.profiles.active}, as an operator would set it in
     *                 {@code META-INF/context.xml}; null for none (the initializer's default, "jpa")
     */
    static Tomcat start(String profiles) throws LifecycleException {
        Tomcat server = new Tomcat();
        server.setBaseDir(new File("target/tomcat").getAbsolutePath());
        server.setPort(0);
        server.getConnector();
        Context context = server.addWebapp("", new File("src/main/webapp").getAbsolutePath());
        if (profiles != null) {
            context.addParameter("spring.profiles.active", profiles);
        }

        // in the WAR the tag libraries sit in WEB-INF/lib; here they are on the class path: scan only their jars
        // for TLDs, and no jar for annotations (the initializer is in WEB-INF/classes, which is always scanned;
        // Spring's ServletContainerInitializer is found through META-INF/services of spring-web either way)
        StandardJarScanFilter tagLibrariesOnly = new StandardJarScanFilter();
        tagLibrariesOnly.setTldSkip("*");
        tagLibrariesOnly.setTldScan("jakarta.servlet.jsp.jstl-*.jar,spring-webmvc-*.jar");
        tagLibrariesOnly.setPluggabilitySkip("*");
        ((StandardJarScanner) context.getJarScanner()).setJarScanFilter(tagLibrariesOnly);

        WebResourceRoot resources = new StandardRoot(context);
        resources.addPreResources(new DirResourceSet(resources, "/WEB-INF/classes",
                new File("target/classes").getAbsolutePath(), "/"));
        context.setResources(resources);
        server.start();
        if (context.getState() != LifecycleState.STARTED) {
            throw new IllegalStateException("the webapp did not start (see the log above): " + context.getState());
        }
        return server;
    }

    static void stop(Tomcat server) throws LifecycleException {
        if (server != null) {
            server.stop();
            server.destroy();
        }
    }

    @AfterAll
    static void undeploy() throws LifecycleException {
        stop(tomcat);
    }

    @Test
    void theWarAnswersEveryScenario() {
        ScenarioRunner.run(URI.create("http://localhost:" + port), Path.of("scenarios.json")).assertAllPassed();
    }
}
