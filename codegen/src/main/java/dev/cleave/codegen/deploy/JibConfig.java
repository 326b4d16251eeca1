package dev.cleave.codegen.deploy;

import java.util.List;

/**
 * The Jib Maven plugin declaration of a generated service's pom.
 *
 * <p>The image declares the unit's HTTP port (none for the database set-up, which serves nothing), is tagged
 * {@link DeployOptions#imageTag}, the tag the manifests and the compose file name, and runs as the non-root
 * {@link DeployOptions#CONTAINER_USER_ID} (user and group), as the manifests require. The image is reproducible:
 * creation time and file times are fixed, so the same classes give the same image digest. The main class is left to
 * Jib, which finds the one {@code @SpringBootApplication} class. The base image in the pom can be replaced at build
 * time without editing it: {@code -Djib.from.image=tar:///abs/base.tar} (or a {@code jib.from.image} property in the
 * pom) takes precedence over {@code <from><image>}.
 */
public final class JibConfig {
    /** The jib-maven-plugin version every generated service uses. */
    public static final String JIB_VERSION = "3.5.2";

    private static final String INDENT = "      ";

    private JibConfig() {
    }

    /**
     * The {@code <plugin>} element for {@code <build><plugins>} of the unit's pom, indented for that place (six
     * spaces), one element per line, ending with a line break.
     */
    public static String pluginXml(DeployUnit unit, DeployOptions options) {
        StringBuilder xml = new StringBuilder();
        line(xml, 0, "<plugin>");
        line(xml, 1, "<groupId>com.google.cloud.tools</groupId>");
        line(xml, 1, "<artifactId>jib-maven-plugin</artifactId>");
        line(xml, 1, "<version>" + JIB_VERSION + "</version>");
        line(xml, 1, "<configuration>");
        line(xml, 2, "<from>");
        line(xml, 3, "<image>" + escape(options.baseImage()) + "</image>");
        line(xml, 2, "</from>");
        line(xml, 2, "<to>");
        line(xml, 3, "<image>" + escape(options.image(unit)) + "</image>");
        line(xml, 2, "</to>");
        line(xml, 2, "<container>");
        List<Integer> ports = Roles.servedPorts(unit);
        if (!ports.isEmpty()) {
            line(xml, 3, "<ports>");
            line(xml, 4, "<port>" + unit.port() + "</port>");
            line(xml, 3, "</ports>");
        }
        if (!options.jvmFlags().isEmpty()) {
            line(xml, 3, "<jvmFlags>");
            options.jvmFlags().forEach(flag -> line(xml, 4, "<jvmFlag>" + escape(flag) + "</jvmFlag>"));
            line(xml, 3, "</jvmFlags>");
        }
        line(xml, 3, "<user>" + DeployOptions.containerUser() + "</user>");
        line(xml, 3, "<creationTime>EPOCH</creationTime>");
        line(xml, 3, "<filesModificationTime>EPOCH_PLUS_SECOND</filesModificationTime>");
        line(xml, 3, "<format>Docker</format>");
        line(xml, 2, "</container>");
        line(xml, 1, "</configuration>");
        line(xml, 0, "</plugin>");
        return xml.toString();
    }

    private static void line(StringBuilder xml, int depth, String text) {
        xml.append(INDENT).append("  ".repeat(depth)).append(text).append('\n');
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
