package dev.cleave.maven.reports;

import dev.cleave.pipeline.report.ReportFormat;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Surefire's own JUnit XML parser (the one its report plugin uses) reads the JUnit report back. */
class JUnitXmlReadBackTest {
    @TempDir
    Path root;

    @Test
    void oneTestCasePerRuleAndTheFailuresNameTheOffendingDependency() throws Exception {
        GateRunFixture.run(root);
        Path xml = root.resolve("out").resolve(ReportFormat.JUNIT.fileName());
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
        assertThat(suites).hasSize(1);
        ReportTestSuite suite = suites.get(0);
        assertThat(suite.getNumberOfTests()).isEqualTo(4);
        assertThat(suite.getNumberOfFailures()).isEqualTo(2);
        assertThat(suite.getTestCases()).extracting(ReportTestCase::getName).containsExactly("cleave.cross-boundary",
                "cleave.unplaced-class", "cleave.shared-table", "cleave.metric-regression");
        ReportTestCase boundary = suite.getTestCases().get(0);
        assertThat(boundary.hasFailure()).isTrue();
        assertThat(boundary.getFailureType()).isEqualTo("cleave.cross-boundary");
        assertThat(boundary.getFailureMessage()).contains("shop.billing.Billing (service billing) depends on"
                + " shop.orders.Order (service orders)");
        assertThat(boundary.getFailureDetail()).contains("src/main/java/shop/billing/Billing.java:5");
        assertThat(suite.getTestCases().get(1).hasFailure()).as("the unplaced class is known").isFalse();
        assertThat(suite.getTestCases().get(2).getFailureMessage()).contains("table orders");
        assertThat(suite.getTestCases().get(3).hasFailure()).isFalse();
    }
}
