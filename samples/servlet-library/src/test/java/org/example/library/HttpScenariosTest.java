package org.example.library;

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
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.cleave.scenarios.ScenarioRunner;

/**
 * Boots the real webapp (web.xml + @WebServlet classes) in an embedded Tomcat 9 on a free port and
 * replays scenarios.json against it.
 */
class HttpScenariosTest {

    private static Tomcat tomcat;
    private static int port;

    @BeforeAll
    static void startTomcat() throws LifecycleException {
        System.setProperty("scheduler.enabled", "false");
        tomcat = new Tomcat();
        tomcat.setBaseDir(new File("target/tomcat").getAbsolutePath());
        tomcat.setPort(0);
        tomcat.getConnector();
        tomcat.setAddDefaultWebXmlToWebapp(false);
        Context context = tomcat.addWebapp("", new File("src/main/webapp").getAbsolutePath());
        ((StandardJarScanner) context.getJarScanner()).setScanClassPath(false);
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
    static void stopTomcat() throws LifecycleException {
        if (tomcat != null) {
            tomcat.stop();
            tomcat.destroy();
        }
        System.clearProperty("scheduler.enabled");
    }

    @Test
    void monolithAnswersEveryScenario() {
        ScenarioRunner.run(URI.create("http://localhost:" + port), Path.of("scenarios.json")).assertAllPassed();
    }
}
