package dev.cleave.pipeline.report;

import dev.cleave.pipeline.gate.Finding;
import dev.cleave.pipeline.gate.GateResult;
import dev.cleave.pipeline.gate.Rule;
import dev.cleave.pipeline.gate.Violation;

import java.util.List;

/**
 * JUnit XML (the Ant/Surefire {@code testsuite} format): one test case per rule. A test case fails when the gate
 * failed and the rule has new violations that count; its failure lists each one with file, line and the offending
 * dependency. Other findings (known, below the threshold, or allowed) are listed in the test case's output.
 */
final class JUnitXmlReport {
    private JUnitXmlReport() {
    }

    static String render(GateResult result) {
        List<Violation> counted = result.counted();
        long failures = java.util.Arrays.stream(Rule.values())
                .filter(rule -> failed(result, counted, rule)).count();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<testsuite name=\"cleave.check\" tests=\"").append(Rule.values().length)
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n")
                .append("  <properties>\n");
        property(out, "project", result.project());
        property(out, "plan", result.planFile());
        property(out, "verdict", result.verdict());
        out.append("  </properties>\n");
        for (Rule rule : Rule.values()) {
            testCase(out, result, counted, rule);
        }
        return out.append("</testsuite>\n").toString();
    }

    private static boolean failed(GateResult result, List<Violation> counted, Rule rule) {
        return !result.passed() && counted.stream().anyMatch(v -> v.rule() == rule);
    }

    private static void testCase(StringBuilder out, GateResult result, List<Violation> counted, Rule rule) {
        out.append("  <testcase name=\"").append(Text.xml(rule.id())).append("\" classname=\"cleave.check.")
                .append(Text.xml(result.project())).append("\" time=\"0\">\n");
        List<Violation> failing = failed(result, counted, rule)
                ? counted.stream().filter(v -> v.rule() == rule).toList() : List.of();
        if (!failing.isEmpty()) {
            out.append("    <failure type=\"").append(Text.xml(rule.id())).append("\" message=\"")
                    .append(Text.xml(failing.size() + " new: " + rule.title() + " - " + failing.get(0).message()))
                    .append("\">");
            failing.forEach(v -> out.append(Text.xml(line(v))).append('\n'));
            out.append("</failure>\n");
        }
        List<Finding> others = result.of(rule).stream().filter(f -> !failing.contains(f.violation())).toList();
        if (!others.isEmpty()) {
            out.append("    <system-out>");
            others.forEach(f -> out.append(Text.xml((f.known() ? "known: " : "new, not failing: ")
                    + line(f.violation()))).append('\n'));
            out.append("</system-out>\n");
        }
        out.append("  </testcase>\n");
    }

    private static String line(Violation v) {
        return Text.where(v.file(), v.line()) + ": " + v.severity() + ": " + v.message() + " [" + v.fingerprint() + "]";
    }

    private static void property(StringBuilder out, String name, String value) {
        out.append("    <property name=\"").append(name).append("\" value=\"").append(Text.xml(value)).append("\"/>\n");
    }
}
