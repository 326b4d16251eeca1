package com.northfield.payroll;

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
 * Deploys the webapp as Tomcat would deploy the WAR (web.xml, META-INF/context.xml, @WebServlet scanning of
 * WEB-INF/classes, JSPs compiled by Jasper with the JSTL of the test class path) in an embedded Tomcat 10.1 on a
 * free port, and replays scenarios.json against it.
 */
class HttpScenariosTest {

    private static Tomcat tomcat;
    private static int port;

    @BeforeAll
    static void deploy() throws LifecycleException {
        tomcat = new Tomcat();
        tomcat.setBaseDir(new File("target/tomcat").getAbsolutePath());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context = tomcat.addWebapp("", new File("src/main/webapp").getAbsolutePath());

        // in the WAR, JSTL sits in WEB-INF/lib; here it is on the class path: scan only its jars for TLDs
        StandardJarScanFilter jstlOnly = new StandardJarScanFilter();
        jstlOnly.setTldSkip("*");
        jstlOnly.setTldScan("jakarta.servlet.jsp.jstl-*.jar");
        jstlOnly.setPluggabilitySkip("*");
        ((StandardJarScanner) context.getJarScanner()).setJarScanFilter(jstlOnly);

        WebResourceRoot resources = new StandardRoot(context);
        resources.addPreResources(new DirResourceSet(resources, "/WEB-INF/classes",
                new File("target/classes").getAbsolutePath(), "/"));
        context.setResources(resources);
        tomcat.start();
        if (context.getState() != LifecycleState.STARTED) {
            throw new IllegalStateException("the webapp did not start (see the log above): " + context.getState());
        }
        port = tomcat.getConnector().getLocalPort();
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
