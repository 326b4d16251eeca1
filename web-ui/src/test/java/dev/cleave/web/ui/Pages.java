package dev.cleave.web.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;

/** What the browser tests read from the wizard's pages, and their screenshots and console checks. */
final class Pages {
    static final Path SHOTS = Path.of("target", "screenshots");

    private Pages() {
    }

    /** Console warnings and errors since the last call (reading them empties the browser's buffer). */
    static List<String> errors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString).toList();
    }

    static void shot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SHOTS);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("wizard-" + name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan version the proposal page shows. */
    static long version(ChromeDriver browser) {
        return Long.parseLong(browser.findElement(By.id("version")).getText().strip());
    }

    static WebElement card(ChromeDriver browser, String fqn) {
        return browser.findElement(By.cssSelector(".card[data-class='" + fqn + "']"));
    }

    /** The column (service, "(shared)" or "(unassigned)") a class card is in. */
    static String placeOf(ChromeDriver browser, String fqn) {
        return card(browser, fqn).findElement(By.xpath("ancestor::ul[contains(@class,'cards')]"))
                .getDomAttribute("data-service");
    }

    static WebElement column(ChromeDriver browser, String service) {
        return browser.findElement(By.cssSelector(".column[data-service='" + service + "']"));
    }

    static List<WebElement> services(ChromeDriver browser) {
        return browser.findElements(By.cssSelector(".column.service"));
    }

    /** The class count a column's head shows. */
    static int classes(WebElement column) {
        return Integer.parseInt(column.findElement(By.cssSelector(".size .classes")).getText().strip());
    }

    /** The line count a column's head shows. */
    static long lines(WebElement column) {
        return Long.parseLong(column.findElement(By.cssSelector(".size .lines")).getText().strip());
    }
}
