package dev.cleave.pipeline.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cleave.pipeline.gate.Finding;
import dev.cleave.pipeline.gate.GateResult;
import dev.cleave.pipeline.gate.Rule;
import dev.cleave.pipeline.gate.Violation;

import java.nio.file.Path;

/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: one run of the tool "Cleave" with every rule, and one
 * result per finding with its rule id, level, message, file (relative to {@code %SRCROOT%}, the project root),
 * line when known, a stable partial fingerprint and a baseline state ({@code new} or {@code unchanged}).
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "cleave/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {
    }

    static String render(GateResult result) {
        ObjectNode log = JSON.createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver").put("name", "Cleave")
                .put("semanticVersion", "0.1.0").put("informationUri", "https://github.com/cleave-dev/cleave");
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rule.values()) {
            rule(rules.addObject(), rule);
        }
        run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", rootUri(result.root()));
        run.putObject("automationDetails").put("id", "cleave/check/");
        run.putArray("invocations").addObject().put("executionSuccessful", true);
        ArrayNode results = run.putArray("results");
        for (Finding finding : result.findings()) {
            result(results.addObject(), finding);
        }
        run.putObject("properties").put("verdict", result.verdict()).put("passed", result.passed());
        try {
            return JSON.writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SARIF", e);
        }
    }

    private static void rule(ObjectNode node, Rule rule) {
        node.put("id", rule.id()).put("name", rule.title().replaceAll("[^A-Za-z]", ""));
        node.putObject("shortDescription").put("text", rule.title());
        node.putObject("fullDescription").put("text", rule.description());
        node.putObject("help").put("text", rule.description())
                .put("markdown", "**" + rule.title() + "**: " + rule.description()
                        + " See docs/ci-gate.md in Cleave.");
        node.putObject("defaultConfiguration").put("level", rule.defaultSeverity().toString());
        node.putObject("properties").put("precision", "high").putArray("tags").add("architecture").add("cleave");
    }

    private static void result(ObjectNode node, Finding finding) {
        Violation v = finding.violation();
        node.put("ruleId", v.rule().id()).put("ruleIndex", v.rule().ordinal()).put("level", v.severity().toString());
        node.putObject("message").put("text", v.message());
        ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", v.file()).put("uriBaseId", "%SRCROOT%");
        if (v.line() > 0) {
            physical.putObject("region").put("startLine", v.line());
        }
        node.putObject("partialFingerprints").put(FINGERPRINT, v.fingerprint());
        node.put("baselineState", finding.known() ? "unchanged" : "new");
    }

    /** The root folder as an absolute {@code file:} URI ending in '/', as SARIF requires of a base. */
    static String rootUri(String root) {
        String uri = Path.of(root).toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
