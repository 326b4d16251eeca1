package dev.cleave.web.ui;

import dev.cleave.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the whole wizard in a real headless Chromium on the bundled spring-shop sample: choose the sample, watch
 * the analysis, see the proposal, drag a class to another service and see the metrics change, reload and find
 * the move kept, move a class with the keyboard only, look at the graph, change a service's settings, generate
 * and download the zip. Screenshots of each step go to {@code target/screenshots/}. The browser must start: the
 * test fails, never skips, when it cannot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WizardBrowserIT {
    private static final Path SHOTS = Path.of("target", "screenshots");
    static final Path temp = Temp.folder("WizardBrowserIT");
    static ChromeDriver browser;
    static WebDriverWait wait;
    static String projectUrl;
    static String movedClass;
    static String movedTo;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        registry.add("cleave.workspace", () -> temp.resolve("workspace").toString());
        registry.add("cleave.home", () -> Path.of("..").toAbsolutePath().normalize().toString());
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        browser = Chromium.start(temp.resolve("profile"), 1280, 800, temp.resolve("downloads"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(120));
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
    void chooseTheSampleAndWatchTheAnalysis() throws IOException {
        browser.get(url("/"));
        assertThat(browser.getTitle()).contains("Choose a project");
        new Select(browser.findElement(By.id("sample"))).selectByValue("spring-shop");
        shot("1-project");
        browser.findElement(By.id("open-sample")).click();
        wait.until(ExpectedConditions.urlContains("/analysis"));
        if (browser.getCurrentUrl().endsWith("/analysis")) {
            shot("2-analysis");
        }
        // a better picture once the bar moves, unless the analysis is over first
        wait.until(ExpectedConditions.or(ExpectedConditions.urlContains("/plan"),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("progress:not([value='0'])"))));
        if (browser.getCurrentUrl().endsWith("/analysis")) {
            shot("2-analysis");
        }
        wait.until(ExpectedConditions.urlContains("/plan"));
        projectUrl = browser.getCurrentUrl().replaceAll("/plan$", "");
        assertThat(browser.findElements(By.cssSelector(".column.service"))).hasSizeGreaterThan(1);
        assertThat(browser.findElements(By.cssSelector(".card"))).hasSizeGreaterThan(30);
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(d -> !"checking".equals(
                d.findElement(By.id("readiness")).getDomAttribute("data-state")));
        assertThat(browser.findElement(By.id("readiness")).getDomAttribute("data-state")).isEqualTo("ready");
        shot("3-proposal");
        assertThat(errors()).isEmpty();
    }

    @Test
    @Order(2)
    void dragAClassToAnotherServiceAndSeeTheMetricsChange() throws IOException {
        Map<String, String> before = metrics();
        List<WebElement> services = browser.findElements(By.cssSelector(".column.service"));
        WebElement from = services.get(0);
        WebElement to = services.get(1);
        WebElement card = from.findElement(By.cssSelector(".card"));
        movedClass = card.getDomAttribute("data-class");
        movedTo = to.getDomAttribute("data-service");
        new Actions(browser).dragAndDrop(card, to.findElement(By.cssSelector(".cards"))).perform();
        wait.until(ExpectedConditions.textToBe(By.id("version"), "2"));
        assertThat(metrics()).isNotEqualTo(before);
        assertThat(browser.findElements(By.cssSelector("#metrics .delta.good, #metrics .delta.bad"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#details h3")).getText())
                .isEqualTo(movedClass.substring(movedClass.lastIndexOf('.') + 1));
        shot("4-edit");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        WebElement kept = browser.findElement(By.cssSelector(".card[data-class='" + movedClass + "']"));
        assertThat(kept.findElement(By.xpath("ancestor::ul[@class='cards']")).getDomAttribute("data-service"))
                .isEqualTo(movedTo);
        assertThat(browser.findElement(By.id("version")).getText()).isEqualTo("2");
        assertThat(errors()).isEmpty();
    }

    @Test
    @Order(3)
    void moveAClassWithTheKeyboardOnlyAndUndoIt() {
        WebElement card = browser.findElement(By.cssSelector(".column.service .card[data-class='" + movedClass + "']"));
        card.sendKeys(Keys.ENTER);
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(By.id("move-target")));
        String destination = new Select(target).getOptions().get(0).getDomAttribute("value");
        new Select(target).selectByIndex(0);
        browser.findElement(By.id("move-button")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("version"), "3"));
        WebElement moved = browser.findElement(By.cssSelector(".card[data-class='" + movedClass + "']"));
        assertThat(moved.findElement(By.xpath("ancestor::ul[@class='cards']")).getDomAttribute("data-service"))
                .isEqualTo(destination);

        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "z"));
        wait.until(ExpectedConditions.textToBe(By.id("version"), "4"));
        WebElement back = browser.findElement(By.cssSelector(".card[data-class='" + movedClass + "']"));
        assertThat(back.findElement(By.xpath("ancestor::ul[@class='cards']")).getDomAttribute("data-service"))
                .isEqualTo(movedTo);
        assertThat(errors()).isEmpty();
    }

    @Test
    @Order(4)
    void theGraphViewDrawsServicesAsCompoundNodes() throws IOException {
        browser.findElement(By.id("tab-graph")).click();
        wait.until(ExpectedConditions.textMatches(By.id("graph-info"), java.util.regex.Pattern.compile("\\d+ nodes")));
        assertThat(browser.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
        shot("3-graph");
        assertThat(errors()).isEmpty();
    }

    @Test
    @Order(4)
    void theServiceGraphNamesTheOperationsOnEachLink() throws IOException {
        browser.findElement(By.id("tab-graph")).click();
        new Select(browser.findElement(By.id("graph-level"))).selectByValue("service");
        wait.until(ExpectedConditions.textMatches(By.id("graph-info"), java.util.regex.Pattern.compile("by service")));
        List<WebElement> links = browser.findElements(By.cssSelector("#graph-links li.link"));
        assertThat(links).isNotEmpty();
        // a click on an arrow opens its link's list of operations
        String edge = (String) browser.executeScript("const cy = window.CleavePlan.graph;"
                + " const e = cy.edges('.link').filter(x => x.data('operations').length > 0)[0];"
                + " return e.id();");
        Map<?, ?> at = (Map<?, ?>) browser.executeScript("return window.CleavePlan.graph.$id(arguments[0])"
                + ".renderedMidpoint();", edge);
        WebElement canvasBox = browser.findElement(By.id("graph"));
        new Actions(browser).moveToElement(canvasBox, 0, 0)
                .moveByOffset(((Number) at.get("x")).intValue() - canvasBox.getSize().getWidth() / 2,
                        ((Number) at.get("y")).intValue() - canvasBox.getSize().getHeight() / 2)
                .click().perform();
        WebElement row = browser.findElement(By.cssSelector("#graph-links li.link[data-edge='" + edge + "']"));
        wait.until(d -> row.findElement(By.tagName("details")).getDomProperty("open").equals("true"));
        List<WebElement> ops = row.findElements(By.cssSelector(".ops li"));
        assertThat(ops).isNotEmpty().allSatisfy(op -> assertThat(op.getText()).matches("[\\w.$]+#.+\\(.*\\)"));
        assertThat(row.findElement(By.tagName("summary")).getText())
                .matches(java.util.regex.Pattern.quote(row.getDomAttribute("data-from") + " → "
                        + row.getDomAttribute("data-to")) + " · weight \\d+ · " + ops.size() + " operations?");
        shot("3-graph-services");
        new Select(browser.findElement(By.id("graph-level"))).selectByValue("auto");
        browser.findElement(By.id("tab-board")).click();
        assertThat(errors()).isEmpty();
    }

    @Test
    @Order(5)
    void wiringShowsTheCrossingOperationsAndSavesSettings() throws IOException {
        browser.get(projectUrl + "/wiring");
        assertThat(browser.findElements(By.cssSelector("#wiring tbody tr"))).isNotEmpty();
        WebElement form = browser.findElement(By.cssSelector("form.service-settings[data-service='" + movedTo + "']"));
        WebElement port = form.findElement(By.name("port"));
        port.clear();
        port.sendKeys("9311");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        assertThat(browser.findElement(By.cssSelector("form.service-settings[data-service='" + movedTo + "'] input[name=port]"))
                .getDomProperty("value")).isEqualTo("9311");
        shot("5-wiring");
        assertThat(errors()).isEmpty();
    }

    @Test
    @Order(5)
    void wiringShowsWhereEachOperationIsCalled() throws IOException {
        browser.get(projectUrl + "/wiring");
        assertThat(browser.findElements(By.id("sites-trouble"))).isEmpty();
        WebElement op = null;
        for (WebElement row : browser.findElements(By.cssSelector("#wiring tbody tr"))) {
            row.findElement(By.cssSelector("td.operations > details > summary")).click();
            op = row.findElements(By.cssSelector("li.op")).stream()
                    .filter(o -> o.getDomAttribute("data-operation").contains("#")
                            && !"0".equals(o.getDomAttribute("data-count")))
                    .findFirst().orElse(null);
            if (op != null) {
                break;
            }
        }
        assertThat(op).as("an operation with its call sites").isNotNull();
        String operation = op.getDomAttribute("data-operation");
        int count = Integer.parseInt(op.getDomAttribute("data-count"));
        op.findElement(By.cssSelector("summary")).click();
        List<WebElement> sites = op.findElements(By.cssSelector("li.site code"));
        assertThat(sites).hasSize(Math.min(count, 25));
        assertThat(op.findElement(By.cssSelector(".count")).getText()).isEqualTo(count + (count == 1 ? " call" : " calls"));
        // each place names a line of the sample that calls the operation's method
        String method = operation.substring(operation.indexOf('#') + 1).replaceAll("\\(.*", "");
        method = method.substring(method.lastIndexOf('.') + 1);
        for (WebElement site : sites) {
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("(src/main/java/.+\\.java):(\\d+)")
                    .matcher(site.getText());
            assertThat(at.matches()).as(site.getText()).isTrue();
            List<String> lines = Files.readAllLines(Path.of("../samples/spring-shop").resolve(at.group(1)));
            assertThat(lines.get(Integer.parseInt(at.group(2)) - 1)).as(site.getText()).contains(method);
        }
        new Actions(browser).scrollToElement(op).perform();
        shot("5-wiring-sites");
        assertThat(errors()).isEmpty();
    }

    @Test
    @Order(6)
    void wiringSwitchesAClassBetweenRemoteAndLocalAndKeepsIt() throws IOException {
        browser.get(projectUrl + "/wiring");
        WebElement target = browser.findElement(By.cssSelector("#wiring li.target[data-access='remote']"));
        String type = target.getDomAttribute("data-class");
        String from = target.findElement(By.xpath("ancestor::tr")).getDomAttribute("data-from");
        By same = By.cssSelector("#wiring tr[data-from='" + from + "'] li.target[data-class='" + type + "']");
        assertThat(target.getText()).contains("default");
        target.findElement(By.cssSelector("button.to-other")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "through its own copy"));
        browser.navigate().refresh();
        WebElement switched = browser.findElement(same);
        assertThat(switched.getDomAttribute("data-access")).isEqualTo("local");
        assertThat(switched.getText()).contains("switched");
        assertThat(browser.findElement(By.id("plan-json")).getDomAttribute("href")).isNotBlank();
        shot("5-wiring-switched");
        switched.findElement(By.cssSelector("button.to-default")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "as by default"));
        WebElement reset = browser.findElement(same);
        assertThat(reset.getDomAttribute("data-access")).isEqualTo("remote");
        assertThat(reset.findElements(By.cssSelector("button.to-default"))).isEmpty();
        assertThat(errors()).isEmpty();
    }

    @Test
    @Order(7)
    void generateAndDownloadTheZip() throws IOException {
        browser.get(projectUrl + "/generate");
        browser.findElement(By.id("generate")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tree")));
        shot("6-generate");
        List<String> tree = browser.findElements(By.cssSelector("#tree li")).stream()
                .map(li -> li.getDomProperty("textContent")).toList();
        assertThat(tree).contains("pom.xml");

        browser.findElement(By.id("download")).click();
        Path downloads = temp.resolve("downloads");
        Path zip = wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        List<String> entries = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().map(ZipEntry::getName).forEach(entries::add);
        }
        String prefix = projectUrl.substring(projectUrl.lastIndexOf('/') + 1) + "-services/";
        assertThat(entries).contains(prefix + "pom.xml").hasSize(tree.size());
        String movedFile = movedClass.replace('.', '/') + ".java";
        assertThat(entries).anySatisfy(e -> assertThat(e).startsWith(prefix + "services/" + movedTo + "/").endsWith(movedFile));
        assertThat(entries).anySatisfy(e -> assertThat(e).contains("gateway"));
        assertThat(errors()).isEmpty();
    }

    private static Map<String, String> metrics() {
        Map<String, String> values = new java.util.TreeMap<>();
        for (WebElement m : browser.findElements(By.cssSelector("#metrics .metric"))) {
            values.put(m.getDomAttribute("data-metric"), m.findElement(By.cssSelector(".value")).getText());
        }
        return values;
    }

    private static List<String> errors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString).toList();
    }

    private static void shot(String name) throws IOException {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("wizard-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
