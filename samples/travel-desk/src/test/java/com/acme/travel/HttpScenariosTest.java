package com.acme.travel;

import dev.cleave.scenarios.ScenarioRunner;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Replays scenarios.json against the running monolith: the behaviour the generated services must keep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.basedir=target/tomcat")
class HttpScenariosTest {

    @LocalServerPort
    int port;

    @Test
    void allScenariosPass() {
        ScenarioRunner.run(URI.create("http://localhost:" + port), Path.of("scenarios.json")).assertAllPassed();
    }
}
