package dev.cleave.web.ui;

import dev.cleave.testing.Chromium;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.cleave.web.ui.Pages.card;
import static dev.cleave.web.ui.Pages.classes;
import static dev.cleave.web.ui.Pages.column;
import static dev.cleave.web.ui.Pages.errors;
import static dev.cleave.web.ui.Pages.lines;
import static dev.cleave.web.ui.Pages.placeOf;
import static dev.cleave.web.ui.Pages.services;
import static dev.cleave.web.ui.Pages.shot;
import static dev.cleave.web.ui.Pages.version;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal page as a user edits it, in a real headless Chromium at 1280×800 on the spring-shop sample: focus
 * after Enter, live column sizes, a refused drag put back, whether the plan can be generated after each edit, the
 * "Why" view and readable metrics, the shared library in reach, precise name errors, removing a service with a
 * choice of who takes its classes, JSON errors without a CSRF token, and "Analyze again" asking before it replaces
 * manual moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanEditingBrowserIT {
    static final Path temp = Temp.folder("PlanEditingBrowserIT");
    static final String CART_SERVICE = "com.acme.shop.service.CartService";
    static ChromeDriver browser;
    static WebDriverWait wait;
    static String project;

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

    @BeforeEach
    void openThePlan() throws Exception {
        if (project == null) {
            WizardClient client = new WizardClient(port).open();
            HttpResponse<String> created = client.form("/projects", "sample=spring-shop");
            project = created.headers().firstValue("Location").orElseThrow()
                    .replaceAll(".*/projects/([^/]+)/analysis$", "$1");
            Awaitility.await("analysis of spring-shop").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> client.get("/api/projects/" + project + "/plan").statusCode() == 200);
        }
        browser.get(url("/projects/" + project + "/plan"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String api() {
        return "/api/projects/" + project;
    }

    @Test
    @Order(1)
    void enterOnACardMovesFocusToTheMoveControl() {
        WebElement card = services(browser).get(0).findElement(By.cssSelector(".card"));
        card.sendKeys(Keys.ENTER);
        wait.until(d -> "move-target".equals(d.switchTo().activeElement().getDomAttribute("id")));
        assertThat(new Select(browser.switchTo().activeElement()).getOptions()).isNotEmpty();
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("move-button");
        assertThat(errors(browser)).isEmpty();
    }

    @Test
    @Order(2)
    void aMoveUpdatesTheClassAndLineCountsOfBothColumns() {
        WebElement from = services(browser).get(0);
        WebElement to = services(browser).get(1);
        int fromClasses = classes(from);
        int toClasses = classes(to);
        long fromLines = lines(from);
        long toLines = lines(to);
        WebElement card = from.findElement(By.cssSelector(".card"));
        long cardLines = Long.parseLong(card.getDomAttribute("data-lines"));
        assertThat(cardLines).isPositive();
        long v = version(browser);

        new Actions(browser).dragAndDrop(card, to.findElement(By.cssSelector(".cards"))).perform();
        wait.until(ExpectedConditions.textToBe(By.id("version"), Long.toString(v + 1)));
        assertThat(classes(from)).isEqualTo(fromClasses - 1);
        assertThat(lines(from)).isEqualTo(fromLines - cardLines);
        assertThat(classes(to)).isEqualTo(toClasses + 1);
        assertThat(lines(to)).isEqualTo(toLines + cardLines);

        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        assertThat(lines(services(browser).get(0))).as("what the server counts").isEqualTo(fromLines - cardLines);
        assertThat(lines(services(browser).get(1))).isEqualTo(toLines + cardLines);
        assertThat(errors(browser)).isEmpty();
    }

    @Test
    @Order(3)
    void aDragRefusedWith409PutsTheCardBackAndShowsTheServersMessage() throws Exception {
        long v = version(browser);
        WebElement from = services(browser).get(0);
        WebElement to = services(browser).get(1);
        List<WebElement> cards = from.findElements(By.cssSelector(".card"));
        WebElement card = cards.get(1);
        String moved = card.getDomAttribute("data-class");
        String nextBefore = cards.get(2).getDomAttribute("data-class");
        String service = from.getDomAttribute("data-service");
        int fromClasses = classes(from);
        long fromLines = lines(from);
        int toClasses = classes(to);

        // someone else saves first: another session pins a class
        WizardClient other = new WizardClient(port).open();
        String elsewhere = to.findElement(By.cssSelector(".card")).getDomAttribute("data-class");
        assertThat(other.post(api() + "/pins", Map.of("classes", List.of(elsewhere), "pinned", true, "version", v))
                .status()).isEqualTo(200);

        new Actions(browser).dragAndDrop(card, to.findElement(By.cssSelector(".cards"))).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
        assertThat(browser.findElement(By.cssSelector("#conflict .message")).getText()).contains("changed elsewhere");
        assertThat(placeOf(browser, moved)).as("the card is back in its column").isEqualTo(service);
        assertThat(card(browser, moved).findElement(By.xpath("following-sibling::li[1]")).getDomAttribute("data-class"))
                .as("at its old place").isEqualTo(nextBefore);
        assertThat(classes(from)).isEqualTo(fromClasses);
        assertThat(lines(from)).isEqualTo(fromLines);
        assertThat(classes(to)).isEqualTo(toClasses);
        assertThat(version(browser)).isEqualTo(v);
        assertThat(errors(browser)).allSatisfy(e -> assertThat(e).contains("409"));

        browser.findElement(By.id("reload")).click();
        wait.until(ExpectedConditions.textToBe(By.id("version"), Long.toString(v + 1)));
        assertThat(placeOf(browser, moved)).isEqualTo(service);
        assertThat(other.post(api() + "/pins", Map.of("classes", List.of(elsewhere), "pinned", false, "version", v + 1))
                .status()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void whetherThePlanCanBeGeneratedShowsOnTheProposalAndFollowsEdits() {
        WebDriverWait slow = new WebDriverWait(browser, Duration.ofMinutes(3));
        By readiness = By.id("readiness");
        slow.until(d -> !"checking".equals(d.findElement(readiness).getDomAttribute("data-state")));
        assertThat(browser.findElement(readiness).getDomAttribute("data-state")).isEqualTo("ready");
        int services = services(browser).size();
        assertThat(browser.findElement(By.cssSelector("#readiness .readiness-summary")).getText())
                .startsWith("✓ Ready to generate " + services + " services");
        browser.findElement(By.cssSelector("#readiness details summary")).click();
        List<WebElement> rows = browser.findElements(By.cssSelector("#readiness .readiness-service"));
        assertThat(rows.stream().map(r -> r.getDomAttribute("data-service")).collect(Collectors.toSet()))
                .isEqualTo(services(browser).stream().map(c -> c.getDomAttribute("data-service"))
                        .collect(Collectors.toSet()));
        assertThat(rows).allSatisfy(r -> assertThat(r.getText()).containsPattern("\\d+ class").contains("cop")
                .contains("serves"));

        // after a move the panel checks again and shows what the services are now
        WebElement from = services(browser).get(0);
        WebElement to = services(browser).get(1);
        String source = from.getDomAttribute("data-service");
        String target = to.getDomAttribute("data-service");
        int sourceBefore = generatedClasses(source);
        int targetBefore = generatedClasses(target);
        long v = version(browser);
        new Actions(browser).dragAndDrop(from.findElement(By.cssSelector(".card")),
                to.findElement(By.cssSelector(".cards"))).perform();
        wait.until(ExpectedConditions.textToBe(By.id("version"), Long.toString(v + 1)));
        assertThat(browser.findElement(readiness).getDomAttribute("data-state")).isEqualTo("checking");
        assertThat(browser.findElement(readiness).getText()).contains("Checking whether this plan can be generated");
        slow.until(ExpectedConditions.attributeToBe(readiness, "data-state", "ready"));
        browser.findElement(By.cssSelector("#readiness details summary")).click();
        assertThat(generatedClasses(source)).isEqualTo(sourceBefore - 1);
        assertThat(generatedClasses(target)).isEqualTo(targetBefore + 1);

        // undo: the answer for that plan is known already
        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "z"));
        wait.until(ExpectedConditions.textToBe(By.id("version"), Long.toString(v + 2)));
        slow.until(ExpectedConditions.attributeToBe(readiness, "data-state", "ready"));
        browser.findElement(By.cssSelector("#readiness details summary")).click();
        assertThat(generatedClasses(target)).isEqualTo(targetBefore);
        assertThat(errors(browser)).isEmpty();
    }

    /** The classes the readiness panel says a service will own. */
    private static int generatedClasses(String service) {
        String text = browser.findElement(By.cssSelector("#readiness .readiness-service[data-service='" + service
                + "']")).getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(": (\\d+) class").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    @Order(5)
    void metricsHaveReadableNamesAndTheWhyViewShowsAnchorsAndSharedReasons() {
        WebElement sm = browser.findElement(By.cssSelector("#metrics .metric[data-metric='sm']"));
        assertThat(sm.findElement(By.tagName("dt")).getText()).isEqualTo("Structural modularity (SM)");
        WebElement help = sm.findElement(By.cssSelector(".help"));
        assertThat(help.isDisplayed()).isTrue();
        assertThat(help.getText()).contains("cohesion").contains("higher is better");
        assertThat(browser.findElements(By.cssSelector("#metrics .metric"))).allSatisfy(m -> {
            assertThat(m.findElement(By.tagName("dt")).getText()).hasSizeGreaterThan(5);
            assertThat(m.findElement(By.cssSelector(".help")).isDisplayed()).isTrue();
        });
        assertThat(browser.findElement(By.cssSelector("#metrics .metric[data-metric='icp'] dt")).getText())
                .isEqualTo("Inter-service call percentage (ICP)");

        // a shared class says why it is shared when selected
        List<WebElement> sharedCards = column(browser, "(shared)").findElements(By.cssSelector(".card"));
        assertThat(sharedCards).isNotEmpty();
        sharedCards.get(0).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "Why it is shared"));
        assertThat(browser.findElements(By.cssSelector("#details .reasons li"))).isNotEmpty();

        browser.findElement(By.id("tab-why")).click();
        int services = services(browser).size();
        wait.until(d -> d.findElements(By.cssSelector("#why .why-service")).size() == services);
        assertThat(browser.findElements(By.cssSelector("#why .entry-points li")).stream().map(WebElement::getText))
                .anySatisfy(e -> assertThat(e).matches("(GET|POST|PUT|DELETE|PATCH|\\*) /.*"));
        assertThat(browser.findElements(By.cssSelector("#why .tables li"))).isNotEmpty();
        String cart = placeOf(browser, CART_SERVICE);
        assertThat(browser.findElement(By.cssSelector("#why .why-service[data-service='" + cart + "'] .stems"))
                .getText()).contains("cart");
        List<WebElement> shared = browser.findElements(By.cssSelector("#why .why-shared-table tr[data-class]"));
        assertThat(shared).hasSize(sharedCards.size());
        assertThat(shared).allSatisfy(r -> assertThat(r.findElements(By.cssSelector("td li"))).isNotEmpty());
        assertThat(shared.stream().map(WebElement::getText)).anySatisfy(r -> assertThat(r).contains("used by"));
        shot(browser, "3-why");
        browser.findElement(By.id("tab-board")).click();
        assertThat(errors(browser)).isEmpty();
    }

    @Test
    @Order(6)
    void theSharedLibraryColumnIsInReachAt1280PixelsAndTakesADrop() {
        assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue()).isEqualTo(1280);
        WebElement shared = column(browser, "(shared)");
        assertThat(inView(shared)).as("the shared library is on screen without scrolling").isTrue();
        browser.executeScript("document.getElementById('board').scrollLeft = 1e6");
        assertThat(inView(shared)).as("and with the board scrolled to its end").isTrue();
        browser.executeScript("document.getElementById('board').scrollLeft = 0");
        browser.executeScript("arguments[0].scrollIntoView({block: 'nearest', inline: 'nearest'})", shared);
        assertThat(inView(shared)).isTrue();

        int before = classes(shared);
        long v = version(browser);
        WebElement card = services(browser).get(0).findElement(By.cssSelector(".card"));
        String moved = card.getDomAttribute("data-class");
        new Actions(browser).dragAndDrop(card, shared.findElement(By.cssSelector(".cards"))).perform();
        wait.until(ExpectedConditions.textToBe(By.id("version"), Long.toString(v + 1)));
        assertThat(placeOf(browser, moved)).isEqualTo("(shared)");
        assertThat(classes(shared)).isEqualTo(before + 1);
        shot(browser, "4-shared-in-reach");

        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "z"));
        wait.until(ExpectedConditions.textToBe(By.id("version"), Long.toString(v + 2)));
        assertThat(placeOf(browser, moved)).isNotEqualTo("(shared)");
        assertThat(errors(browser)).isEmpty();
    }

    @Test
    @Order(7)
    void aServiceNameOverTheLengthLimitGetsTheLengthLimitMessage() throws Exception {
        long v = version(browser);
        WebElement name = browser.findElement(By.id("new-service"));
        name.sendKeys("a".repeat(64));
        name.sendKeys(Keys.ENTER);
        By error = By.id("new-service-error");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(error, "64 characters long"));
        assertThat(browser.findElement(error).getText()).contains("at most 63").doesNotContain("lower case");
        assertThat(name.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(version(browser)).as("nothing saved").isEqualTo(v);

        name.clear();
        name.sendKeys("Billing Service");
        name.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(error, "lower case letters"));
        assertThat(browser.findElement(error).getText()).doesNotContain("characters long");

        // the wiring step's name field says the same, and does not send
        String service = services(browser).get(0).getDomAttribute("data-service");
        browser.get(url("/projects/" + project + "/wiring"));
        WebElement rename = browser.findElement(By.id("name-" + service));
        rename.clear();
        rename.sendKeys("c".repeat(64));
        rename.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("name-error-" + service),
                "64 characters long"));
        assertThat(rename.getDomProperty("validationMessage")).contains("at most 63");
        assertThat(browser.findElements(By.cssSelector(".notice"))).as("not sent").isEmpty();

        WizardClient client = new WizardClient(port).open();
        WizardClient.Response tooLong = client.post(api() + "/services", Map.of("name", "b".repeat(64), "version", v));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("error").asText()).contains("64 characters long").contains("at most 63");
        assertThat(errors(browser)).isEmpty();
    }

    @Test
    @Order(8)
    void removingAServiceAsksAndLetsTheUserChooseWhoTakesItsClasses() {
        long v = version(browser);
        WebElement name = browser.findElement(By.id("new-service"));
        name.sendKeys("a-scratch");
        name.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".column[data-service='a-scratch']")));
        String moved = services(browser).get(1).findElement(By.cssSelector(".card")).getDomAttribute("data-class");
        card(browser, moved).click();
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("move-target")))).selectByValue("a-scratch");
        browser.findElement(By.id("move-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("version"), Long.toString(v + 2)));
        String heir = services(browser).get(2).getDomAttribute("data-service");

        WebElement scratch = column(browser, "a-scratch");
        scratch.findElement(By.cssSelector(".column-actions summary")).click();
        scratch.findElement(By.cssSelector("button.remove-service")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("remove-dialog")));
        assertThat(dialog.getText()).contains("Remove service").contains("a-scratch").contains("Its 1 class (");
        Select target = new Select(browser.findElement(By.id("remove-target")));
        assertThat(target.getFirstSelectedOption().getDomAttribute("value")).as("no service chosen for the user")
                .isEmpty();
        Set<String> offered = target.getOptions().stream().map(o -> o.getDomAttribute("value"))
                .collect(Collectors.toSet());
        assertThat(offered).contains("(shared)", heir).doesNotContain("a-scratch");
        shot(browser, "4-remove-service");

        dialog.findElement(By.cssSelector("button[value='cancel']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("remove-dialog")));
        assertThat(version(browser)).as("nothing removed").isEqualTo(v + 2);

        scratch.findElement(By.cssSelector("button.remove-service")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("remove-dialog")));
        browser.findElement(By.id("remove-confirm")).click();
        assertThat(browser.findElement(By.id("remove-dialog")).isDisplayed()).as("a choice is required").isTrue();
        new Select(browser.findElement(By.id("remove-target"))).selectByValue(heir);
        browser.findElement(By.id("remove-confirm")).click();
        wait.until(ExpectedConditions.textToBe(By.id("version"), Long.toString(v + 3)));
        assertThat(browser.findElements(By.cssSelector(".column[data-service='a-scratch']"))).isEmpty();
        assertThat(placeOf(browser, moved)).isEqualTo(heir);
        assertThat(errors(browser)).isEmpty();
    }

    @Test
    @Order(9)
    void aJsonCallWithoutTheCsrfTokenGetsTheDocumentedErrorBody() {
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/projects/' + arguments[0] + '/moves', { method: 'POST',
                    headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
                    body: JSON.stringify({ classes: ['x.Y'], to: 'z', version: 1 }) })
                  .then(r => r.json().then(j => done([r.status, r.headers.get('Content-Type'), Object.keys(j), j.error])))
                  .catch(e => done([0, '', [], String(e)]));""", project);
        assertThat(((Number) answer.get(0)).intValue()).isEqualTo(403);
        assertThat((String) answer.get(1)).startsWith("application/json");
        assertThat(answer.get(2)).isEqualTo(List.of("error"));
        assertThat((String) answer.get(3)).contains("CSRF token").contains("reload the page");
        assertThat(errors(browser)).allSatisfy(e -> assertThat(e).contains("403"));
    }

    @Test
    @Order(10)
    void analyzeAgainAsksBeforeReplacingManualMovesAndUndoBringsThemBack() {
        long v = version(browser);
        WebElement card = services(browser).get(0).findElement(By.cssSelector(".card"));
        String moved = card.getDomAttribute("data-class");
        String to = services(browser).get(1).getDomAttribute("data-service");
        new Actions(browser).dragAndDrop(card, services(browser).get(1).findElement(By.cssSelector(".cards"))).perform();
        wait.until(ExpectedConditions.textToBe(By.id("version"), Long.toString(v + 1)));

        browser.get(url("/projects/" + project + "/analysis"));
        browser.findElement(By.id("analyze")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reanalyze-dialog")));
        assertThat(dialog.getText()).contains("you moved without pinning").contains("Undo")
                .contains("version " + (v + 1));
        shot(browser, "2-analyze-again");
        dialog.findElement(By.cssSelector("button[value='cancel']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reanalyze-dialog")));
        assertThat(browser.getCurrentUrl()).endsWith("/analysis");
        assertThat(browser.findElement(By.id("progress")).getDomAttribute("data-state")).as("no analysis started")
                .isEqualTo("DONE");

        browser.findElement(By.id("analyze")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reanalyze-dialog")));
        browser.findElement(By.id("reanalyze-confirm")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(ExpectedConditions.urlContains("/plan"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        assertThat(version(browser)).isEqualTo(v + 2);
        assertThat(browser.findElement(By.cssSelector("#history li")).getText()).contains("split again");

        browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "z"));
        wait.until(ExpectedConditions.textToBe(By.id("version"), Long.toString(v + 3)));
        assertThat(placeOf(browser, moved)).as("undo brings the manual move back").isEqualTo(to);
        assertThat(errors(browser)).isEmpty();
    }

    /** Whether the element's box lies within the window and the board's visible part. */
    private static boolean inView(WebElement element) {
        return (Boolean) browser.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                const b = document.getElementById('board').getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + 20;
                const hit = document.elementFromPoint(x, y);
                return r.left >= b.left - 1 && r.right <= Math.min(b.right, window.innerWidth) + 1
                    && hit !== null && arguments[0].contains(hit);""", element);
    }
}
