package org.harbourcity.permits;

import dev.cleave.scenarios.ScenarioRunner;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.tomee.embedded.Configuration;
import org.apache.tomee.embedded.Container;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploys the WAR, exploded to target/ROOT by war:exploded before the tests, in an embedded TomEE 8 on a free port
 * at the root context (web.xml and its env-entries, EJBs, CDI beans, JAX-RS resources, the servlet, the message-driven
 * bean and the JPA unit are found as in the WAR), with the JMS resources of a TomEE Plus installation, and replays
 * scenarios.json against it.
 */
class HttpScenariosTest {

    private static Container tomee;

    @BeforeAll
    static void deploy() throws Exception {
        Properties server = new Properties();
        // TomEE Plus's ActiveMQ resource adapter, with a broker in memory, and the Java EE 7 default factory
        server.setProperty("Default JMS Resource Adapter", "new://Resource?type=ActiveMQResourceAdapter");
        server.setProperty("Default JMS Resource Adapter.BrokerXmlConfig",
                "broker:(vm://permits)?brokerName=permits&useJmx=false&persistent=false"
                        + "&dataDirectory=target/activemq-data");
        server.setProperty("Default JMS Resource Adapter.ServerUrl", "vm://permits");
        server.setProperty("DefaultJMSConnectionFactory", "new://Resource?type=javax.jms.ConnectionFactory");
        server.setProperty("DefaultJMSConnectionFactory.ResourceAdapter", "Default JMS Resource Adapter");

        Configuration configuration = new Configuration().randomHttpPort();
        configuration.setDir(new File("target/tomee").getAbsolutePath());
        configuration.setProperties(server);
        tomee = new Container(configuration);
        tomee.deploy("ROOT", new File("target/ROOT"));
    }

    @AfterAll
    static void undeploy() {
        if (tomee != null) {
            tomee.close();
        }
    }

    @Test
    void theWarAnswersEveryScenario() {
        URI base = URI.create("http://localhost:" + tomee.getConfiguration().getHttpPort());
        ScenarioRunner.run(base, Path.of("scenarios.json")).assertAllPassed();
    }
}
