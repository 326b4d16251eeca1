package org.ashgrove.evenings;

import dev.cleave.scenarios.ScenarioRunner;
import java.net.URI;
import java.nio.file.Path;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same WAR on profile "jdbc" (the NamedParameterJdbcTemplate repositories and a DataSourceTransactionManager)
 * answers the same scenarios as on the default "jpa": the two sets of repositories are interchangeable.
 */
class JdbcProfileScenariosTest {

    private static Tomcat tomcat;
    private static int port;

    @BeforeAll
    static void deploy() throws LifecycleException {
        tomcat = HttpScenariosTest.start("jdbc");
        port = tomcat.getConnector().getLocalPort();
    }

    @AfterAll
    static void undeploy() throws LifecycleException {
        HttpScenariosTest.stop(tomcat);
    }

    @Test
    void theJdbcRepositoriesAnswerEveryScenarioToo() {
        ScenarioRunner.run(URI.create("http://localhost:" + port), Path.of("scenarios.json")).assertAllPassed();
    }
}
