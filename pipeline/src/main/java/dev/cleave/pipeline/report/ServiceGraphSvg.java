package dev.cleave.pipeline.report;

import dev.cleave.pipeline.gate.ServiceGraph;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the service graph as inline SVG: services on a circle (area grows with their classes), one curved arrow
 * per pair of dependent services, red when it carries undeclared dependencies, labelled with its weight and the
 * number of operations that cross (listed in its tooltip). Deterministic, no script needed.
 */
final class ServiceGraphSvg {
    static final int WIDTH = 760;
    static final int HEIGHT = 520;
    /** Operations a link's tooltip lists; the report's table lists them all. */
    static final int TITLE_OPERATIONS = 30;

    private ServiceGraphSvg() {
    }

    static String render(ServiceGraph graph) {
        List<ServiceGraph.ServiceNode> services = graph.services();
        Map<String, double[]> at = layout(services);
        Map<String, Double> radius = new HashMap<>();
        services.forEach(s -> radius.put(s.name(), Math.min(48, 24 + 3 * Math.sqrt(s.classes()))));
        StringBuilder out = new StringBuilder().append("<svg id=\"service-graph\" xmlns=\"http://www.w3.org/2000/svg\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\"")
                .append(" aria-label=\"Services and the dependencies between them\">\n")
                .append("<defs>").append(marker("arrow", "#8a94a6")).append(marker("arrow-bad", "#d1242f"))
                .append("</defs>\n");
        for (ServiceGraph.Link link : graph.links()) {
            link(out, link, at.get(link.from()), at.get(link.to()), radius.get(link.to()));
        }
        for (ServiceGraph.ServiceNode s : services) {
            double[] p = at.get(s.name());
            out.append(String.format(Locale.ROOT, "<g class=\"service\" data-service=\"%s\"><circle cx=\"%.1f\""
                            + " cy=\"%.1f\" r=\"%.1f\"/><text x=\"%.1f\" y=\"%.1f\" class=\"name\">%s</text>"
                            + "<text x=\"%.1f\" y=\"%.1f\" class=\"count\">%d classes</text></g>\n",
                    Text.xml(s.name()), p[0], p[1], radius.get(s.name()), p[0], p[1] - 2, Text.xml(s.name()),
                    p[0], p[1] + 13, s.classes()));
        }
        return out.append("</svg>\n").toString();
    }

    private static Map<String, double[]> layout(List<ServiceGraph.ServiceNode> services) {
        Map<String, double[]> at = new HashMap<>();
        double r = services.size() == 1 ? 0 : HEIGHT / 2.0 - 56;
        for (int i = 0; i < services.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / services.size();
            at.put(services.get(i).name(),
                    new double[]{WIDTH / 2.0 + r * Math.cos(angle) * 1.35, HEIGHT / 2.0 + r * Math.sin(angle)});
        }
        return at;
    }

    private static void link(StringBuilder out, ServiceGraph.Link link, double[] a, double[] b, double targetRadius) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.max(1, Math.hypot(dx, dy));
        double bend = 0.15 * length;
        double cx = (a[0] + b[0]) / 2 - dy / length * bend;
        double cy = (a[1] + b[1]) / 2 + dx / length * bend;
        double ex = b[0] - (b[0] - cx) / Math.hypot(b[0] - cx, b[1] - cy) * (targetRadius + 3);
        double ey = b[1] - (b[1] - cy) / Math.hypot(b[0] - cx, b[1] - cy) * (targetRadius + 3);
        boolean bad = link.undeclared() > 0;
        double width = Math.min(7, 1 + Math.log1p(link.weight()));
        int ops = link.operations().size();
        StringBuilder title = new StringBuilder(link.from() + " → " + link.to() + ": weight " + link.weight()
                + (ops == 0 ? "" : ", " + ops + (ops == 1 ? " operation" : " operations"))
                + (bad ? ", " + link.undeclared() + " undeclared class pair(s)" : ", all declared"));
        link.operations().stream().limit(TITLE_OPERATIONS).forEach(op -> title.append('\n').append(op));
        if (ops > TITLE_OPERATIONS) {
            title.append("\nand ").append(ops - TITLE_OPERATIONS).append(" more");
        }
        out.append(String.format(Locale.ROOT, "<path class=\"link%s\" d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\""
                        + " stroke-width=\"%.1f\" marker-end=\"url(#%s)\" data-from=\"%s\" data-to=\"%s\""
                        + " data-operations=\"%d\"><title>%s</title></path>\n",
                bad ? " undeclared" : "", a[0], a[1], cx, cy, ex, ey, width, bad ? "arrow-bad" : "arrow",
                Text.xml(link.from()), Text.xml(link.to()), ops, Text.xml(title.toString())));
        out.append(String.format(Locale.ROOT, "<text class=\"weight%s\" x=\"%.1f\" y=\"%.1f\">%s</text>\n",
                bad ? " undeclared" : "", (a[0] + b[0]) / 4 + cx / 2, (a[1] + b[1]) / 4 + cy / 2,
                link.weight() + (ops == 0 ? "" : " · " + ops + " op" + (ops == 1 ? "" : "s"))
                        + (bad ? " ⚠" + link.undeclared() : "")));
    }

    private static String marker(String id, String color) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"11\""
                + " markerHeight=\"11\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + color + "\"/></marker>";
    }
}
