package dev.cleave.pipeline.report;

import dev.cleave.pipeline.gate.Baseline;
import dev.cleave.pipeline.gate.Finding;
import dev.cleave.pipeline.gate.GateResult;
import dev.cleave.pipeline.gate.Rule;
import dev.cleave.pipeline.gate.Violation;

import java.util.List;

/** A Markdown summary for a pull-request comment or a CI job summary: verdict, rules, metrics, what is new. */
final class MarkdownReport {
    static final int LISTED = 50;

    private MarkdownReport() {
    }

    static String render(GateResult result) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(result.passed() ? "✅ Cleave check passed" : "❌ Cleave check failed")
                .append(" — ").append(md(result.project())).append("\n\n").append(result.verdict()).append(".\n\n");
        out.append("| Rule | Severity | New | Known |\n|---|---|---:|---:|\n");
        for (Rule rule : Rule.values()) {
            List<Finding> findings = result.of(rule);
            long known = findings.stream().filter(Finding::known).count();
            out.append("| ").append(rule.title()).append(" (`").append(rule.id()).append("`) | ")
                    .append(rule.defaultSeverity()).append(" | ").append(findings.size() - known).append(" | ")
                    .append(known).append(" |\n");
        }
        metrics(out, result);
        List<Violation> fresh = result.newViolations();
        if (!fresh.isEmpty()) {
            out.append("\n### New violations\n\n");
            fresh.stream().limit(LISTED).forEach(v -> out.append("- **").append(v.severity()).append("** `")
                    .append(md(Text.where(v.file(), v.line()))).append("` ").append(md(v.message())).append('\n'));
            if (fresh.size() > LISTED) {
                out.append("- … and ").append(fresh.size() - LISTED).append(" more (see the SARIF or HTML report)\n");
            }
        }
        if (!result.fixed().isEmpty()) {
            out.append("\n### Fixed since the baseline\n\n");
            result.fixed().stream().limit(LISTED).forEach(e -> fixed(out, e));
            out.append("\nTighten the baseline with `--update-baseline` (`-Dcleave.updateBaseline` in Maven).\n");
        }
        return out.toString();
    }

    private static void metrics(StringBuilder out, GateResult result) {
        out.append("\n### Metrics\n\n| Metric | Reference | Now | |\n|---|---:|---:|---|\n");
        for (MetricRow row : MetricRow.of(result)) {
            out.append("| ").append(row.name()).append(" | ").append(MetricRow.format(row.reference())).append(" | ")
                    .append(MetricRow.format(row.now())).append(" | ")
                    .append(switch (row.trend()) {
                        case "better" -> "▲ better";
                        case "worse" -> "▼ worse";
                        default -> "";
                    }).append(" |\n");
        }
    }

    private static void fixed(StringBuilder out, Baseline.Entry entry) {
        out.append("- `").append(entry.rule()).append("` ").append(md(entry.key())).append('\n');
    }

    /** Escapes characters Markdown tables and emphasis would interpret. */
    private static String md(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\n", " ");
    }
}
