package dev.cleave.web.ui;

import dev.cleave.model.GraphJson;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.pipeline.Stages;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.synthetic.SyntheticMonolith;
import dev.cleave.splitter.synthetic.SyntheticSpec;
import dev.cleave.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 3,000-class plan in the browser: every class is a card, a drag still saves, and the graph view aggregates
 * (by package or service) instead of drawing 3,000 nodes. The project is seeded on disk the way a CLI user would
 * leave it: a graph.json and a plan.json in the project folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LargePlanBrowserIT {
    static final Path temp = Temp.folder("LargePlanBrowserIT");
    static final int CLASSES = 3_000;
    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) throws Exception {
        Path project = Files.createDirectories(temp.resolve("workspace/.cleave-wizard/projects/big"));
        SyntheticMonolith.Generated generated = SyntheticMonolith.generate(SyntheticSpec.of(CLASSES, 0.1, 42));
        GraphJson.write(generated.graph(), project.resolve("graph.json"));
        Plan plan = Stages.split(generated.graph(), SplitOptions.defaults());
        PlanJson.write(plan, project.resolve("plan.json"));
        Files.writeString(project.resolve("project.json"), "{\"id\":\"big\",\"name\":\"big\",\"kind\":\"folder\",\"source\":\""
                + temp.toAbsolutePath() + "\"}");
        registry.add("cleave.workspace", () -> temp.resolve("workspace").toString());
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start(temp.resolve("profile"), 1280, 800, null);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPlanOfThreeThousandClassesStaysUsable() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/projects/big/plan");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        assertThat(browser.findElements(By.cssSelector(".card"))).hasSize(CLASSES);

        List<WebElement> services = browser.findElements(By.cssSelector(".column.service"));
        WebElement card = services.get(0).findElement(By.cssSelector(".card"));
        new Actions(browser).dragAndDrop(card, services.get(1).findElement(By.cssSelector(".cards"))).perform();
        wait.until(ExpectedConditions.textToBe(By.id("version"), "2"));

        browser.findElement(By.id("tab-graph")).click();
        wait.until(ExpectedConditions.textMatches(By.id("graph-info"), Pattern.compile("\\d+ nodes")));
        String info = browser.findElement(By.id("graph-info")).getText();
        int nodes = Integer.parseInt(info.substring(0, info.indexOf(' ')));
        assertThat(info).doesNotEndWith("by class");
        assertThat(nodes).isLessThanOrEqualTo(GraphView.MAX_PACKAGE_NODES + services.size() + 1);
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString)).isEmpty();
    }
}
