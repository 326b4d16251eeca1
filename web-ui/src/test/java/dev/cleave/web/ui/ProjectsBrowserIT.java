package dev.cleave.web.ui;

import dev.cleave.testing.Chromium;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static dev.cleave.web.ui.Pages.errors;
import static dev.cleave.web.ui.Pages.shot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Choosing, failing and removing projects in a real headless Chromium: uploads the analyzer could do nothing with
 * are refused with advice about what to zip and leave no project behind; an analysis that fails while the page
 * polls offers "Analyze again" without a reload; removing a project asks first; a project that cannot be generated
 * says so, and why, on its proposal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectsBrowserIT {
    static final Path temp = Temp.folder("ProjectsBrowserIT");
    static ChromeDriver browser;
    static WebDriverWait wait;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        registry.add("cleave.workspace", () -> temp.resolve("workspace").toString());
        registry.add("cleave.home", () -> Path.of("..").toAbsolutePath().normalize().toString());
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start(temp.resolve("profile"), 1280, 800, null);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    @Order(1)
    void uploadsWithoutJavaSourcesLeaveNoProjectAndSayWhatToZip() throws IOException {
        Path empty = zip("empty.zip", Map.of());
        Path docs = zip("docs.zip", Map.of("shop/README.txt", "a monolith, somewhere else",
                "shop/target/shop.jar", "not really a jar"));
        List<String> before = projectFolders();

        upload(empty);
        assertThat(browser.findElement(By.id("problem")).getText()).contains("the zip is empty")
                .contains("contains src/");
        assertThat(projectFolders()).isEqualTo(before);

        upload(docs);
        String advice = browser.findElement(By.id("problem")).getText();
        assertThat(advice).contains("the zip holds no .java files").contains("zip the project folder that contains src/")
                .doesNotContain("point Cleave at");
        shot(browser, "1-upload-refused");
        assertThat(projectFolders()).isEqualTo(before);
        browser.get(url("/"));
        assertThat(browser.findElements(By.cssSelector(".project-link"))).isEmpty();
        assertThat(errors(browser)).allSatisfy(e -> assertThat(e).contains("400"));
    }

    @Test
    @Order(2)
    void aFailureArrivingWhileThePagePollsOffersAnalyzeAgainWithoutAReload() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("workspace").resolve("no-java"));
        Files.writeString(folder.resolve("README.txt"), "not a monolith");
        // an analysis of the sample runs first, so the failing one is still queued when its page opens
        new WizardClient(port).open().form("/projects", "sample=spring-shop");

        browser.get(url("/"));
        browser.findElement(By.id("folder")).sendKeys("no-java");
        browser.findElement(By.id("open-folder")).click();
        wait.until(ExpectedConditions.urlContains("/projects/no-java/analysis"));
        assertThat(browser.findElement(By.id("progress")).getDomAttribute("data-state")).isIn("QUEUED", "RUNNING");
        assertThat(browser.findElements(By.id("analyze"))).isEmpty();
        browser.executeScript("window.notReloaded = true");

        WebElement again = new WebDriverWait(browser, Duration.ofMinutes(3))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#progress #analyze")));
        assertThat(again.getText()).isEqualTo("Analyze again");
        assertThat(browser.executeScript("return window.notReloaded === true")).as("no reload").isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("#progress .problem")).getText()).contains("no Java sources");
        assertThat(browser.findElement(By.id("remove-project")).isDisplayed()).isTrue();
        assertThat(errors(browser)).isEmpty();
    }

    @Test
    @Order(3)
    void removingAProjectAsksFirst() {
        browser.get(url("/"));
        By row = By.xpath("//ul[@class='project-list']/li[a[text()='no-java']]");
        browser.findElement(row).findElement(By.cssSelector("form.remove-project button")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("remove-no-java")));
        assertThat(dialog.getText()).contains("Remove project").contains("no-java").contains("trash")
                .contains("sources are not touched");
        shot(browser, "1-remove-project");
        dialog.findElement(By.cssSelector("button[value='cancel']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("remove-no-java")));
        browser.navigate().refresh();
        assertThat(browser.findElements(row)).as("kept").hasSize(1);

        browser.findElement(row).findElement(By.cssSelector("form.remove-project button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("remove-no-java")))
                .findElement(By.cssSelector("button.confirm-remove")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("removed from the list");
        assertThat(browser.findElements(row)).isEmpty();
        assertThat(temp.resolve("workspace/.cleave-wizard/trash/no-java/project.json")).exists();
        assertThat(errors(browser)).isEmpty();
    }

    @Test
    @Order(4)
    void aPlanThatCannotBeGeneratedSaysWhyOnTheProposal() throws IOException {
        // a batch program: neither a Spring Boot application nor a servlet web application
        Path batch = zip("batch.zip", Map.of(
                "batch/pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId>"
                        + "<artifactId>batch</artifactId><version>1</version></project>",
                "batch/src/main/java/x/Batch.java", "package x; public class Batch { Ledger ledger = new Ledger(); }",
                "batch/src/main/java/x/Ledger.java", "package x; public class Ledger { }"));
        browser.get(url("/"));
        browser.findElement(By.id("archive")).sendKeys(batch.toAbsolutePath().toString());
        browser.findElement(By.id("upload")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(ExpectedConditions.urlContains("/plan"));
        By readiness = By.id("readiness");
        new WebDriverWait(browser, Duration.ofMinutes(3))
                .until(d -> !"checking".equals(d.findElement(readiness).getDomAttribute("data-state")));
        assertThat(browser.findElement(readiness).getDomAttribute("data-state")).isEqualTo("refused");
        assertThat(browser.findElement(By.cssSelector("#readiness .readiness-summary")).getText())
                .contains("cannot be generated");
        assertThat(browser.findElement(By.cssSelector("#readiness .readiness-message")).getText())
                .contains("neither a @SpringBootApplication class nor servlets");
        shot(browser, "3-readiness-refused");
        assertThat(errors(browser)).isEmpty();
    }

    private void upload(Path zip) {
        browser.get(url("/"));
        browser.findElement(By.id("archive")).sendKeys(zip.toAbsolutePath().toString());
        browser.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
    }

    private static Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = temp.resolve(name);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    private static List<String> projectFolders() throws IOException {
        Path projects = temp.resolve("workspace/.cleave-wizard/projects");
        if (!Files.isDirectory(projects)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(projects)) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
