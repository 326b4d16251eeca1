package dev.cleave.pipeline;

import dev.cleave.codegen.GenerationCheck;

/** {@link GenerationCheck} as the lines the CLI prints and the plugin logs. */
public final class ReadinessReport {
    private ReadinessReport() {
    }

    public static String render(GenerationCheck check) {
        StringBuilder s = new StringBuilder();
        if (!check.ready()) {
            return s.append("Generation: not possible with this plan: ").append(check.refusal()).append('\n').toString();
        }
        s.append("Generation: ready (").append(check.services().size()).append(" services)\n");
        for (GenerationCheck.ServiceSummary service : check.services()) {
            s.append(String.format(java.util.Locale.ROOT, "  %-20s %3d classes, %3d copies, serves %d operations",
                    service.name(), service.classes(), service.copies(), service.operations()));
            if (!service.calls().isEmpty()) {
                s.append(", calls ").append(String.join(", ", service.calls()));
            }
            if (!service.sharedTables().isEmpty()) {
                s.append(", shares tables ").append(String.join(", ", service.sharedTables()));
            }
            s.append('\n');
        }
        check.warnings().forEach(w -> s.append("  warning: ").append(w).append('\n'));
        return s.toString();
    }
}
