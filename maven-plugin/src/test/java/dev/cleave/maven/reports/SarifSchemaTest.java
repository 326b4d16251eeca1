package dev.cleave.maven.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cleave.pipeline.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SARIF report validates against the OASIS SARIF 2.1.0 JSON schema (shipped in test resources, see
 * sarif/README.md) and carries what GitHub code scanning reads: rule ids, file, line and fingerprints.
 */
class SarifSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private static JsonSchema schema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
        }
    }

    private JsonNode sarif() throws Exception {
        GateRunFixture.run(root);
        return JSON.readTree(root.resolve("out").resolve(ReportFormat.SARIF.fileName()).toFile());
    }

    @Test
    void theReportIsValidSarif210() throws Exception {
        Set<ValidationMessage> errors = schema().validate(sarif());
        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaCatchesAnInvalidLog() throws Exception {
        ObjectNode broken = (ObjectNode) sarif();
        broken.put("version", "2.0.0");
        ((ObjectNode) broken.at("/runs/0/results/0")).remove("message");
        assertThat(schema().validate(broken)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("version")).anyMatch(m -> m.contains("message"));
    }

    @Test
    void eachResultHasAStableRuleIdFileLineAndFingerprint() throws Exception {
        JsonNode run = sarif().at("/runs/0");
        assertThat(run.at("/tool/driver/rules")).extracting(r -> r.get("id").asText()).containsExactly(
                "cleave.cross-boundary", "cleave.unplaced-class", "cleave.shared-table", "cleave.metric-regression");
        JsonNode boundary = run.at("/results/0");
        assertThat(boundary.at("/ruleId").asText()).isEqualTo("cleave.cross-boundary");
        assertThat(boundary.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/main/java/shop/billing/Billing.java");
        assertThat(boundary.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(5);
        assertThat(boundary.at("/partialFingerprints/cleave~1v1").asText()).matches("[0-9a-f]{16}");
        assertThat(boundary.at("/baselineState").asText()).isEqualTo("new");
        assertThat(run.at("/results")).extracting(r -> r.at("/ruleId").asText() + " " + r.at("/baselineState").asText())
                .contains("cleave.unplaced-class unchanged", "cleave.shared-table new");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).startsWith("file:///").endsWith("/");
    }
}
