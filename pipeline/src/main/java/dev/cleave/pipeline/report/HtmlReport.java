package dev.cleave.pipeline.report;

import dev.cleave.pipeline.gate.Finding;
import dev.cleave.pipeline.gate.GateResult;
import dev.cleave.pipeline.gate.Rule;
import dev.cleave.pipeline.gate.ServiceGraph;
import dev.cleave.pipeline.gate.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A self-contained HTML page (no external file, font or script) with the verdict, the metrics against their
 * reference, the service graph and every finding, filterable by new and known.
 */
final class HtmlReport {
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    private HtmlReport() {
    }

    static String render(GateResult result) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>Cleave report — ").append(Text.xml(result.project())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<header class=\"").append(result.passed() ? "passed" : "failed").append("\"><h1>")
                .append(result.passed() ? "✔ Cleave check passed" : "✘ Cleave check failed").append(" — ")
                .append(Text.xml(result.project())).append("</h1><div id=\"verdict\">")
                .append(Text.xml(result.verdict())).append(". Plan: <code>").append(Text.xml(result.planFile()))
                .append("</code></div></header>\n<main>\n");
        metrics(out, result);
        out.append("<section><h2>Services</h2>\n").append(ServiceGraphSvg.render(result.services()))
                .append("<p class=\"legend\">Arrows point from the depending service; the number is the summed"
                        + " weight of its code references. Red arrows carry dependencies the plan's wiring does not"
                        + " declare (⚠ = class pairs); \"ops\" counts the operations called across it (hover for the"
                        + " list).</p>\n");
        links(out, result.services());
        out.append("</section>\n");
        rules(out, result);
        findings(out, result.findings());
        if (!result.fixed().isEmpty()) {
            out.append("<section><h2>Fixed since the baseline (").append(result.fixed().size()).append(")</h2><ul>");
            result.fixed().forEach(e -> out.append("<li><code>").append(Text.xml(e.rule())).append("</code> ")
                    .append(Text.xml(e.key())).append("</li>"));
            out.append("</ul></section>\n");
        }
        return out.append("</main>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n").toString();
    }

    private static void metrics(StringBuilder out, GateResult result) {
        out.append("<section><h2>Metrics</h2><div class=\"cards\">\n");
        for (MetricRow row : MetricRow.of(result)) {
            out.append("<div class=\"card ").append(row.trend()).append("\" title=\"").append(Text.xml(row.meaning()))
                    .append("\"><div class=\"label\">").append(Text.xml(row.name()))
                    .append("</div><div class=\"value\">")
                    .append(MetricRow.format(row.now())).append("</div><div class=\"ref\">reference ")
                    .append(MetricRow.format(row.reference())).append(row.trend().isEmpty() ? "" : " · " + row.trend())
                    .append("</div></div>\n");
        }
        out.append("</div></section>\n");
    }

    /** Each pair of dependent services with the operations that cross it, each list opened with a click. */
    private static void links(StringBuilder out, ServiceGraph graph) {
        if (graph.links().isEmpty()) {
            return;
        }
        out.append("<table id=\"links\"><thead><tr><th>From</th><th>To</th><th class=\"num\">Weight</th>")
                .append("<th>Operations that cross</th></tr></thead><tbody>\n");
        for (ServiceGraph.Link link : graph.links()) {
            int ops = link.operations().size();
            out.append("<tr data-from=\"").append(Text.xml(link.from())).append("\" data-to=\"")
                    .append(Text.xml(link.to())).append("\"><td>").append(Text.xml(link.from())).append("</td><td>")
                    .append(Text.xml(link.to())).append("</td><td class=\"num\">").append(link.weight())
                    .append("</td><td>");
            if (ops == 0) {
                out.append("<span class=\"muted\">type references only</span>");
            } else {
                out.append("<details><summary>").append(ops).append(ops == 1 ? " operation" : " operations")
                        .append("</summary><ul class=\"ops\">");
                link.operations().forEach(op -> out.append("<li><code>").append(Text.xml(op)).append("</code></li>"));
                out.append("</ul></details>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private static void rules(StringBuilder out, GateResult result) {
        out.append("<section><h2>Rules</h2><table id=\"rules\"><thead><tr><th>Rule</th><th>Id</th><th>Severity</th>")
                .append("<th class=\"num\">New</th><th class=\"num\">Known</th></tr></thead><tbody>\n");
        for (Rule rule : Rule.values()) {
            List<Finding> findings = result.of(rule);
            long known = findings.stream().filter(Finding::known).count();
            out.append("<tr><td title=\"").append(Text.xml(rule.description())).append("\">").append(rule.title())
                    .append("</td><td><code>").append(rule.id()).append("</code></td><td><span class=\"sev ")
                    .append(rule.defaultSeverity()).append("\">").append(rule.defaultSeverity())
                    .append("</span></td><td class=\"num\">").append(findings.size() - known)
                    .append("</td><td class=\"num\">").append(known).append("</td></tr>\n");
        }
        out.append("</tbody></table></section>\n");
    }

    private static void findings(StringBuilder out, List<Finding> findings) {
        out.append("<section><h2>Findings (<span id=\"shown\">").append(findings.size()).append("</span> of ")
                .append(findings.size()).append(")</h2><div class=\"filters\">")
                .append("<button type=\"button\" data-filter=\"all\">All</button>")
                .append("<button type=\"button\" data-filter=\"new\">New</button>")
                .append("<button type=\"button\" data-filter=\"known\">Known</button></div>\n")
                .append("<table id=\"violations\"><thead><tr><th>Status</th><th>Severity</th><th>Where</th>")
                .append("<th>Finding</th></tr></thead><tbody>\n");
        for (Finding f : findings) {
            Violation v = f.violation();
            String status = f.known() ? "known" : "new";
            out.append("<tr data-status=\"").append(status).append("\" data-rule=\"").append(v.rule().id())
                    .append("\"><td><span class=\"tag ").append(status).append("\">").append(status)
                    .append("</span></td><td><span class=\"sev ").append(v.severity()).append("\">")
                    .append(v.severity()).append("</span></td><td><code>")
                    .append(Text.xml(Text.where(v.file(), v.line())))
                    .append("</code></td><td>").append(Text.xml(v.message())).append("</td></tr>\n");
        }
        out.append("</tbody></table></section>\n");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + HtmlReport.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
