package dev.cleave.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.web.WebUiApplication;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard over real HTTP, as browsers and scripts reach it: conflicting saves, CSRF, paths and uploads that
 * must be refused, escaping of user-given names, Host checks, and a restart on the same workspace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cleave.upload-limit=1MB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WizardApiTest {
    static final Path temp = Temp.folder("WizardApiTest");
    @LocalServerPort
    int port;
    String project;

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        registry.add("cleave.workspace", () -> temp.resolve("workspace").toString());
        registry.add("cleave.home", () -> Path.of("..").toAbsolutePath().normalize().toString());
    }

    @BeforeAll
    void analyzeASample() throws Exception {
        WizardClient client = new WizardClient(port).open();
        HttpResponse<String> created = client.form("/projects", "sample=servlet-library");
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        project = location.replaceAll(".*/projects/([^/]+)/analysis$", "$1");
        org.awaitility.Awaitility.await("analysis of servlet-library").atMost(java.time.Duration.ofMinutes(3))
                .pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
                    HttpResponse<String> progress = client.get("/projects/" + project + "/analysis/progress");
                    assertThat(progress.body()).doesNotContain("The analysis failed");
                    return client.get("/api/projects/" + project + "/plan").statusCode() == 200;
                });
    }

    @Test
    void twoClientsSaveTheSameVersionOneGets409AndNoUpdateIsLost() throws Exception {
        WizardClient alice = new WizardClient(port).open();
        WizardClient bob = new WizardClient(port).open();
        JsonNode state = alice.get("/api/projects/" + project + "/plan").body().transform(WizardApiTest::json);
        long version = state.get("version").asLong();
        Plan plan = PlanJson.read(planFile());
        String a = plan.services().get(0).classes().get(0);
        String b = plan.services().get(1).classes().get(0);
        String toA = plan.services().get(1).name();
        String toB = plan.services().get(0).name();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<WizardClient.Response> first = pool.submit(call(start, alice, a, toA, version));
        Future<WizardClient.Response> second = pool.submit(call(start, bob, b, toB, version));
        start.countDown();
        List<Integer> statuses = List.of(first.get().status(), second.get().status());
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        WizardClient.Response conflict = first.get().status() == 409 ? first.get() : second.get();
        assertThat(conflict.json().get("error").asText()).contains("changed elsewhere").contains("reload");
        assertThat(conflict.json().get("currentVersion").asLong()).isEqualTo(version + 1);

        // the loser reloads and applies its edit again: both edits are in the saved plan
        boolean aliceLost = first.get().status() == 409;
        WizardClient loser = aliceLost ? alice : bob;
        long current = loser.get("/api/projects/" + project + "/plan").body().transform(WizardApiTest::json)
                .get("version").asLong();
        WizardClient.Response retry = loser.post("/api/projects/" + project + "/moves",
                Map.of("classes", List.of(aliceLost ? a : b), "to", aliceLost ? toA : toB, "version", current));
        assertThat(retry.status()).isEqualTo(200);
        Plan saved = PlanJson.read(planFile());
        assertThat(saved.service(toA).classes()).contains(a);
        assertThat(saved.service(toB).classes()).contains(b);
        // undo the two moves so other tests see the proposal
        for (int i = 0; i < 2; i++) {
            long v = alice.get("/api/projects/" + project + "/plan").body().transform(WizardApiTest::json)
                    .get("version").asLong();
            assertThat(alice.post("/api/projects/" + project + "/undo", Map.of("version", v)).status()).isEqualTo(200);
        }
        assertThat(PlanJson.read(planFile()).services()).isEqualTo(plan.services());
    }

    @Test
    void pinsRenamesGroupsAndReSplitsGoThroughTheApiAndAreUndoable() throws Exception {
        WizardClient client = new WizardClient(port).open();
        String api = "/api/projects/" + project;
        Plan plan = PlanJson.read(planFile());
        String from = plan.services().get(0).name();
        String cls = plan.services().get(0).classes().get(0);
        String to = plan.services().get(1).name();
        long v = version(client);

        WizardClient.Response moved = client.post(api + "/moves", Map.of("classes", List.of(cls), "to", to, "version", v));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().at("/explanation/className").asText()).isEqualTo(cls);
        assertThat(moved.json().at("/outcome/from/" + cls.replace("/", "~1")).asText()).isEqualTo(from);
        assertThat(client.post(api + "/pins", Map.of("classes", List.of(cls), "pinned", true, "version", v + 1))
                .status()).isEqualTo(200);
        assertThat(client.post(api + "/resplit", Map.of("version", v + 2)).status()).isEqualTo(200);
        Plan resplit = PlanJson.read(planFile());
        assertThat(resplit.constraints().pins()).containsEntry(cls, to);
        assertThat(resplit.service(to).classes()).as("a re-split keeps the pinned class").contains(cls);

        assertThat(client.post(api + "/services", Map.of("name", "audit-trail", "version", v + 3)).status()).isEqualTo(200);
        assertThat(client.post(api + "/services/audit-trail/rename", Map.of("to", "Bad Name", "version", v + 4))
                .json().get("error").asText()).contains("lower case letters");
        assertThat(client.post(api + "/services/audit-trail/rename", Map.of("to", "trail", "version", v + 4))
                .status()).isEqualTo(200);
        assertThat(client.post(api + "/services/trail/remove", Map.of("moveTo", to, "version", v + 5)).status())
                .isEqualTo(200);
        List<String> pair = List.of(plan.services().get(0).classes().get(1), plan.services().get(1).classes().get(1));
        assertThat(client.post(api + "/groups", Map.of("kind", "together", "classes", pair, "version", v + 6))
                .status()).isEqualTo(200);
        assertThat(PlanJson.read(planFile()).constraints().keepTogether()).contains(pair.stream().sorted().toList());
        WizardClient.Response stale = client.post(api + "/groups", Map.of("kind", "apart", "classes", pair, "version", v));
        assertThat(stale.status()).isEqualTo(409);

        for (long undo = v + 7; undo < v + 7 + 7; undo++) {
            assertThat(client.post(api + "/undo", Map.of("version", undo)).status()).as("undo at %d", undo).isEqualTo(200);
        }
        assertThat(client.post(api + "/undo", Map.of("version", v + 14)).json().get("error").asText())
                .contains("nothing to undo");
        assertThat(PlanJson.read(planFile()).services()).isEqualTo(plan.services());
        assertThat(client.post(api + "/redo", Map.of("version", v + 14)).status()).isEqualTo(200);
        assertThat(PlanJson.read(planFile()).service(to).classes()).contains(cls);
        assertThat(client.post(api + "/undo", Map.of("version", v + 15)).status()).isEqualTo(200);
    }

    @Test
    void removingAProjectKeepsItsDataInTheTrash() throws Exception {
        WizardClient client = new WizardClient(port).open();
        Files.createDirectories(temp.resolve("workspace").resolve("to-remove"));
        HttpResponse<String> created = client.form("/projects", "folder=to-remove&name=doomed");
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(client.get("/").body()).contains(">doomed<");
        HttpResponse<String> removed = client.form("/projects/doomed/delete", "");
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(client.get("/").body()).doesNotContain(">doomed<").contains("kept in");
        assertThat(temp.resolve("workspace/.cleave-wizard/trash/doomed/project.json")).exists();
        assertThat(temp.resolve("workspace/to-remove")).isDirectory();
    }

    @Test
    void aFolderWithoutJavaFailsWithAMessageAndCanBeAnalyzedAgain() throws Exception {
        WizardClient client = new WizardClient(port).open();
        Path folder = Files.createDirectories(temp.resolve("workspace").resolve("no-java"));
        Files.writeString(folder.resolve("README.txt"), "not a monolith");
        assertThat(client.form("/projects", "folder=no-java").statusCode()).isEqualTo(302);
        org.awaitility.Awaitility.await("failed analysis").atMost(java.time.Duration.ofMinutes(1))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> client.get("/projects/no-java/analysis/progress").body().contains("The analysis failed"));
        String page = client.get("/projects/no-java/analysis").body();
        assertThat(page).contains("Java").contains("Analyze again");
        assertThat(client.get("/api/projects/no-java/plan").statusCode()).isEqualTo(400);
    }

    @Test
    void aReSplitIntoAFixedNumberOfServicesAndThePlanDownload() throws Exception {
        WizardClient client = new WizardClient(port).open();
        String api = "/api/projects/" + project;
        long v = version(client);
        WizardClient.Response tooMany = client.post(api + "/resplit", Map.of("version", v, "services", 100_000));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("error").asText()).contains("100000");
        assertThat(version(client)).as("nothing saved").isEqualTo(v);
        assertThat(client.post(api + "/resplit", Map.of("version", v, "services", 3)).status()).isEqualTo(200);
        Plan three = PlanJson.read(planFile());
        assertThat(three.services()).hasSize(3);
        assertThat(three.constraints().services()).isEqualTo(3);
        HttpResponse<String> download = client.get("/projects/" + project + "/plan.json");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("cleave-plan.json");
        assertThat(download.body()).isEqualTo(Files.readString(planFile()));
        assertThat(client.post(api + "/undo", Map.of("version", v + 1)).status()).isEqualTo(200);
    }

    @Test
    void openingTheSameSampleAgainOpensItsProject() throws Exception {
        WizardClient client = new WizardClient(port).open();
        int before = projects();
        HttpResponse<String> again = client.form("/projects", "sample=servlet-library");
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/projects/" + project + "/plan");
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void aZipOfSourcesBecomesAProject() throws Exception {
        WizardClient client = new WizardClient(port).open();
        HttpResponse<String> created = client.upload("tiny-shop.zip", zip(Map.of(
                "tiny-shop/src/main/java/shop/Cart.java", "package shop; public class Cart { Item item; }".getBytes(StandardCharsets.UTF_8),
                "tiny-shop/src/main/java/shop/Item.java", "package shop; public class Item { }".getBytes(StandardCharsets.UTF_8))));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/projects/tiny-shop/analysis");
        Path source = temp.resolve("workspace").resolve(".cleave-wizard").resolve("projects").resolve("tiny-shop")
                .resolve("source").resolve("tiny-shop");
        assertThat(source.resolve("src/main/java/shop/Cart.java")).exists();
        org.awaitility.Awaitility.await("analysis of the upload").atMost(java.time.Duration.ofMinutes(2))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> client.get("/api/projects/tiny-shop/plan").statusCode() == 200);
    }

    @Test
    void theReadinessOfAnUploadIsCheckedWithoutRunningMavenOnItsPom() throws Exception {
        WizardClient client = new WizardClient(port).open();
        // a pom Maven cannot resolve: had Maven been run on it, the check would fail with Maven's error
        String pom = """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId><version>3.5.7</version><relativePath/></parent>
                  <groupId>demo</groupId><artifactId>uploaded-shop</artifactId><version>1</version>
                  <dependencies>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
                    <dependency><groupId>no.such.group</groupId><artifactId>no-such-artifact</artifactId><version>1.0</version></dependency>
                  </dependencies>
                </project>
                """;
        HttpResponse<String> created = client.upload("uploaded-shop.zip", zip(Map.of(
                "uploaded-shop/pom.xml", pom.getBytes(StandardCharsets.UTF_8),
                "uploaded-shop/src/main/java/shop/ShopApplication.java", ("package shop;"
                        + " @org.springframework.boot.autoconfigure.SpringBootApplication public class ShopApplication { }")
                        .getBytes(StandardCharsets.UTF_8),
                "uploaded-shop/src/main/java/shop/cart/CartController.java", ("package shop.cart;"
                        + " @org.springframework.web.bind.annotation.RestController public class CartController {"
                        + " @org.springframework.web.bind.annotation.GetMapping(\"/cart\") public String cart() {"
                        + " return \"cart\"; } }").getBytes(StandardCharsets.UTF_8))));
        assertThat(created.statusCode()).isEqualTo(302);
        org.awaitility.Awaitility.await("analysis of the upload").atMost(java.time.Duration.ofMinutes(2))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> client.get("/api/projects/uploaded-shop/plan").statusCode() == 200);
        String[] state = new String[2];
        org.awaitility.Awaitility.await("readiness of the upload").atMost(java.time.Duration.ofMinutes(2))
                .pollInterval(java.time.Duration.ofMillis(300)).until(() -> {
                    com.fasterxml.jackson.databind.JsonNode r = json(client.get(
                            "/api/projects/uploaded-shop/readiness").body());
                    state[0] = r.path("state").asText();
                    state[1] = r.path("message").asText();
                    return !state[0].equals("checking");
                });
        assertThat(state[0]).as(state[1]).isIn("ready", "refused");
        assertThat(state[1]).doesNotContain("mvn", "Maven");
    }

    private static long version(WizardClient client, String project) throws Exception {
        return json(client.get("/api/projects/" + project + "/plan").body()).get("version").asLong();
    }

    private long version(WizardClient client) throws Exception {
        return version(client, project);
    }

    private Callable<WizardClient.Response> call(CountDownLatch start, WizardClient client, String cls, String to,
                                                 long version) {
        return () -> {
            start.await();
            return client.post("/api/projects/" + project + "/moves",
                    Map.of("classes", List.of(cls), "to", to, "version", version));
        };
    }

    @Test
    void everyChangeNeedsTheCsrfToken() throws Exception {
        WizardClient client = new WizardClient(port).open();
        Map<String, Object> move = Map.of("classes", List.of("x.Y"), "to", "z", "version", 1);
        WizardClient.Response refused = client.post("/api/projects/" + project + "/moves", move, false);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().size()).as("only the documented field: %s", refused.body()).isEqualTo(1);
        assertThat(refused.json().get("error").asText()).contains("CSRF token").contains("X-CSRF-TOKEN");
        assertThat(client.post("/api/projects/" + project + "/undo", Map.of("version", 1), false).status())
                .isEqualTo(403);
        WizardClient stranger = new WizardClient(port).open();
        WizardClient victim = new WizardClient(port).open();
        int before = projects();
        assertThat(victim.formWithToken(stranger.token(), "/projects", "sample=spring-shop").statusCode())
                .as("a token of another session").isEqualTo(403);
        assertThat(victim.formWithToken("", "/projects", "sample=spring-shop").statusCode()).isEqualTo(403);
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void foldersOutsideTheWorkspaceAreRefused() throws Exception {
        WizardClient client = new WizardClient(port).open();
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(temp.resolve("workspace").resolve("link-out"), outside);
        for (String folder : List.of("../outside", outside.toString(), "link-out", "/etc")) {
            HttpResponse<String> page = client.form("/projects", "folder=" + encode(folder));
            assertThat(page.statusCode()).as(folder).isEqualTo(400);
            assertThat(page.body()).as(folder).contains("outside the workspace");
        }
        assertThat(client.form("/projects", "folder=missing").body()).contains("missing");
    }

    @Test
    void zipSlipAndOversizedUploadsAreRefused() throws Exception {
        WizardClient client = new WizardClient(port).open();
        int before = projects();
        HttpResponse<String> slip = client.upload("evil.zip", zip(Map.of("../../escaped.txt", "x".getBytes(StandardCharsets.UTF_8))));
        assertThat(slip.statusCode()).isEqualTo(400);
        assertThat(slip.body()).contains("../../escaped.txt");
        try (Stream<Path> all = Files.walk(temp)) {
            assertThat(all.filter(p -> p.getFileName().toString().equals("escaped.txt"))).isEmpty();
        }
        byte[] big = new byte[2 * 1024 * 1024];
        new java.util.Random(7).nextBytes(big);
        HttpResponse<String> oversized = client.upload("big.zip", zip(Map.of("Big.java", big)));
        assertThat(oversized.statusCode()).isEqualTo(413);
        assertThat(oversized.body()).contains("larger than 1 MB");
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void uploadsWithoutJavaSourcesAreRefusedWithAdviceAndLeaveNoProject() throws Exception {
        WizardClient client = new WizardClient(port).open();
        int before = projects();
        HttpResponse<String> empty = client.upload("empty.zip", zip(Map.of()));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("the zip is empty");
        HttpResponse<String> noJava = client.upload("notes.zip", zip(Map.of(
                "notes/README.md", "# not a monolith".getBytes(StandardCharsets.UTF_8))));
        assertThat(noJava.statusCode()).isEqualTo(400);
        assertThat(noJava.body()).contains("the zip holds no .java files").contains("contains src/");
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void serviceNamesOverTheLengthLimitAreRefusedForTheirLength() throws Exception {
        WizardClient client = new WizardClient(port).open();
        String api = "/api/projects/" + project;
        long v = version(client);
        WizardClient.Response added = client.post(api + "/services", Map.of("name", "s".repeat(64), "version", v));
        assertThat(added.status()).isEqualTo(400);
        assertThat(added.json().get("error").asText()).contains("64 characters long").contains("at most 63")
                .doesNotContain("lower case");
        String first = PlanJson.read(planFile()).services().get(0).name();
        WizardClient.Response renamed = client.post(api + "/services/" + first + "/rename",
                Map.of("to", "r".repeat(70), "version", v));
        assertThat(renamed.json().get("error").asText()).contains("70 characters long");
        assertThat(version(client)).as("nothing saved").isEqualTo(v);
    }

    @Test
    void userGivenNamesAreEscaped() throws Exception {
        WizardClient client = new WizardClient(port).open();
        Files.createDirectories(temp.resolve("workspace").resolve("plain"));
        Files.writeString(temp.resolve("workspace").resolve("plain").resolve("A.java"), "class A {}");
        String name = "<script>alert('x')</script>";
        HttpResponse<String> created = client.form("/projects", "folder=plain&name=" + encode(name));
        assertThat(created.statusCode()).isEqualTo(302);
        String home = client.get("/").body();
        assertThat(home).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain(name);
    }

    @Test
    void requestsForOtherHostNamesAreRefused() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: attacker.example:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 421");
        }
    }

    @Test
    void aRestartedWizardHasEveryProjectAndVersion() throws Exception {
        WizardClient client = new WizardClient(port).open();
        long version = client.get("/api/projects/" + project + "/plan").body().transform(WizardApiTest::json)
                .get("version").asLong();
        // command-line arguments: default properties would lose to the wizard's own server.port (8080), and the test
        // would fail whenever something else listens there
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(WebUiApplication.class)
                .run("--server.port=0", "--cleave.workspace=" + temp.resolve("workspace"),
                        "--cleave.home=" + Path.of("..").toAbsolutePath().normalize())) {
            int otherPort = ((ServletWebServerApplicationContext) second).getWebServer().getPort();
            WizardClient other = new WizardClient(otherPort).open();
            JsonNode state = json(other.get("/api/projects/" + project + "/plan").body());
            assertThat(state.get("version").asLong()).isEqualTo(version);
            assertThat(other.get("/").body()).contains("servlet-library");
        }
    }

    private Path planFile() {
        return temp.resolve("workspace").resolve(".cleave-wizard").resolve("projects").resolve(project)
                .resolve("plan.json");
    }

    private int projects() throws IOException {
        try (Stream<Path> dirs = Files.list(temp.resolve("workspace").resolve(".cleave-wizard").resolve("projects"))) {
            return (int) dirs.count();
        }
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                zip.putArchiveEntry(entry);
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
