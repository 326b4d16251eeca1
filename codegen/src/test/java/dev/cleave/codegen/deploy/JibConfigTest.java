package dev.cleave.codegen.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The Jib plugin element: well-formed XML with the base, the image name, the port (none for the database set-up), the
 * flags and fixed times.
 */
class JibConfigTest {
    private static final DeployUnit ORDERS =
            new DeployUnit("orders", "services/orders", 8081, "/actuator/health", Map.of());

    @Test
    void namesPluginBaseImageTargetImageAndPort() throws Exception {
        DeployOptions options = DeployOptions.defaults().withBaseImage("tar:///work/base/base.tar");
        Document xml = parse(JibConfig.pluginXml(ORDERS, options));

        assertThat(text(xml, "/plugin/groupId")).isEqualTo("com.google.cloud.tools");
        assertThat(text(xml, "/plugin/artifactId")).isEqualTo("jib-maven-plugin");
        assertThat(text(xml, "/plugin/version")).isEqualTo("3.5.2");
        assertThat(text(xml, "/plugin/configuration/from/image")).isEqualTo("tar:///work/base/base.tar");
        assertThat(text(xml, "/plugin/configuration/to/image")).isEqualTo("cleave/orders:0.1.0");
        assertThat(text(xml, "/plugin/configuration/container/ports/port")).isEqualTo("8081");
    }

    @Test
    void fixesTimesAndLeavesTheMainClassToJib() throws Exception {
        Document xml = parse(JibConfig.pluginXml(ORDERS, DeployOptions.defaults()));

        assertThat(text(xml, "/plugin/configuration/from/image")).isEqualTo("eclipse-temurin:17-jre");
        assertThat(text(xml, "/plugin/configuration/container/creationTime")).isEqualTo("EPOCH");
        assertThat(text(xml, "/plugin/configuration/container/filesModificationTime")).isEqualTo("EPOCH_PLUS_SECOND");
        assertThat(count(xml, "//mainClass")).isZero();
    }

    @Test
    void runsAsTheNonRootUserTheManifestsRequire() throws Exception {
        Document xml = parse(JibConfig.pluginXml(ORDERS, DeployOptions.defaults()));

        assertThat(text(xml, "/plugin/configuration/container/user")).isEqualTo("65532:65532");
    }

    @Test
    void tagsTheImageWithTheTagOfTheOptions() throws Exception {
        DeployOptions options = DeployOptions.defaults().withProjectVersion("1.4.0-SNAPSHOT");

        assertThat(text(parse(JibConfig.pluginXml(ORDERS, options)), "/plugin/configuration/to/image"))
                .isEqualTo("cleave/orders:1.4.0").isEqualTo(options.image(ORDERS));
    }

    @Test
    void keepsJvmFlagsInOrderAndEscaped() throws Exception {
        DeployOptions options = new DeployOptions("eclipse-temurin:17-jre", "", "1.0",
                List.of("-Xmx256m", "-Dgreeting=<a&b>", "-XX:+ExitOnOutOfMemoryError"));
        Document xml = parse(JibConfig.pluginXml(ORDERS, options));

        assertThat(texts(xml, "/plugin/configuration/container/jvmFlags/jvmFlag"))
                .containsExactly("-Xmx256m", "-Dgreeting=<a&b>", "-XX:+ExitOnOutOfMemoryError");
        assertThat(text(xml, "/plugin/configuration/to/image")).isEqualTo("orders:1.0");
    }

    @Test
    void noJvmFlagsElementWithoutFlags() throws Exception {
        DeployOptions options = new DeployOptions("eclipse-temurin:17-jre", "cleave/", "1.0", List.of());

        assertThat(count(parse(JibConfig.pluginXml(ORDERS, options)), "//jvmFlags")).isZero();
    }

    @Test
    void theDatabaseSetupDeclaresNoPortButRunsAsTheSameUser() throws Exception {
        Document xml = parse(JibConfig.pluginXml(ShopUnits.setup(Map.of()), DeployOptions.defaults()));

        assertThat(count(xml, "//ports")).isZero();
        assertThat(text(xml, "/plugin/configuration/to/image")).isEqualTo("cleave/database:0.1.0");
        assertThat(text(xml, "/plugin/configuration/container/user")).isEqualTo("65532:65532");
    }

    @Test
    void isIndentedForBuildPluginsAndEndsWithALineBreak() {
        String xml = JibConfig.pluginXml(ORDERS, DeployOptions.defaults());

        assertThat(xml).startsWith("      <plugin>\n").endsWith("      </plugin>\n");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document xml, String path) throws Exception {
        List<String> all = texts(xml, path);
        assertThat(all).as(path).hasSize(1);
        return all.get(0);
    }

    private static List<String> texts(Document xml, String path) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, xml, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static int count(Document xml, String path) throws Exception {
        return texts(xml, path).size();
    }
}
