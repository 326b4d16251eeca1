package dev.cleave.maven.reports;

import dev.cleave.testing.Chromium;
import dev.cleave.pipeline.report.ReportFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report opens in headless Chromium without console errors, draws every service and filters findings.
 * With {@code -Dcleave.screenshot=<file.png>} it also saves a screenshot (the one in docs/ is made this way).
 */
class HtmlReportBrowserIT {
    @TempDir
    static Path tmp;

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start(tmp.resolve("profile"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString).toList();
    }

    @Test
    void theReportOpensWithoutConsoleErrorsAndShowsServicesMetricsAndFindings() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("shop"));
        GateRunFixture.run(root);
        browser.get(root.resolve("out").resolve(ReportFormat.HTML.fileName()).toUri().toString());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-ready")).isEqualTo("true");
        assertThat(consoleErrors()).isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Cleave check failed");
        assertThat(browser.findElements(By.cssSelector("#service-graph .service"))).extracting(
                e -> e.getAttribute("data-service")).containsExactly("billing", "orders");
        assertThat(browser.findElements(By.cssSelector("#service-graph path.link.undeclared"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".card .label"))).extracting(WebElement::getText)
                .contains("SM", "ICP", "IFN", "NED", "Table ownership");
        assertThat(visibleRows()).as("new findings are shown first").hasSize(2);
        browser.findElement(By.cssSelector("button[data-filter=all]")).click();
        assertThat(visibleRows()).hasSize(3);
        assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo("3");
        String screenshot = System.getProperty("cleave.screenshot", "");
        if (!screenshot.isBlank()) {
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of(screenshot),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aScriptErrorWouldBeCaught() throws Exception {
        Path page = Files.writeString(tmp.resolve("broken.html"),
                "<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"></head><body>"
                        + "<script>missingFunction();</script></body></html>");
        browser.get(page.toUri().toString());
        assertThat(consoleErrors()).anyMatch(e -> e.contains("missingFunction"));
    }

    private static List<WebElement> visibleRows() {
        return browser.findElements(By.cssSelector("#violations tbody tr")).stream().filter(WebElement::isDisplayed)
                .toList();
    }
}
