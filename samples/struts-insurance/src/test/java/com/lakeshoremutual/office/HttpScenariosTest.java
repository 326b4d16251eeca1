package com.lakeshoremutual.office;

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
 * Deploys the webapp as Tomcat 9 would deploy the WAR (web.xml, META-INF/context.xml, Spring's
 * ContextLoaderListener, the Struts ActionServlet, JSPs compiled by Jasper with the Struts and JSTL tag libraries of
 * the test class path) in an embedded Tomcat on a free port, and replays scenarios.json against it.
 */
class HttpScenariosTest {

    private static Tomcat tomcat;
    private static int port;

    @BeforeAll
    static void deploy() throws LifecycleException {
        tomcat = start(0);
        port = tomcat.getConnector().getLocalPort();
    }

    /** The webapp on the port (0: a free one), started. */
    static Tomcat start(int port) throws LifecycleException {
        Tomcat server = new Tomcat();
        server.setBaseDir(new File("target/tomcat").getAbsolutePath());
        server.setPort(port);
        server.getConnector();
        Context context = server.addWebapp("", new File("src/main/webapp").getAbsolutePath());

        // in the WAR, the tag libraries sit in WEB-INF/lib; here they are on the class path: scan only their jars
        StandardJarScanFilter tagLibrariesOnly = new StandardJarScanFilter();
        tagLibrariesOnly.setTldSkip("*");
        tagLibrariesOnly.setTldScan("struts-taglib-*.jar,jstl-*.jar");
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

    @AfterAll
    static void undeploy() throws LifecycleException {
        if (tomcat != null) {
            tomcat.stop();
            tomcat.destroy();
        }
    }

    @Test
    void theWarAnswersEveryScenario() {
        ScenarioRunner.run(URI.create("http://localhost:" + port), Path.of("scenarios.json")).assertAllPassed();
    }
}
