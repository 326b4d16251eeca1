package com.riverside.clinic;

import dev.cleave.scenarios.ScenarioRunner;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Replays scenarios.json against the running monolith, with its own application.properties (pinned clock
 * included): the behaviour the generated services must keep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.basedir=target/tomcat", "clinic.jobs.no-show.cron=-"})
class HttpScenariosTest {

    @LocalServerPort
    int port;

    @Test
    void everyScenarioPasses() {
        ScenarioRunner.run(URI.create("http://localhost:" + port), Path.of("scenarios.json")).assertAllPassed();
    }
}
