package dev.cleave.web.ui;

import dev.cleave.codegen.GenerationCheck;
import dev.cleave.pipeline.ReadinessReport;
import dev.cleave.web.project.Readiness;

import java.util.List;
import java.util.Locale;

/**
 * Whether the current plan can be generated, as the proposal page shows it.
 *
 * @param version  the plan version the answer belongs to
 * @param state    {@code checking} (asked again shortly), {@code ready}, {@code refused} (the plan cannot be generated:
 *                 {@code message} says why and what to change) or {@code failed} (the check could not run:
 *                 {@code message} says why)
 * @param message  the refusal (refused) or why the check could not run (failed); null otherwise
 * @param services per service, what it will be made of (ready only), in plan order
 * @param warnings what a generation would warn about that names no single service
 * @param report   the same answer as the CLI prints it
 */
record ReadinessView(long version, String state, String message, List<ServiceView> services, List<String> warnings,
                     String report) {

    /** One service: its classes, its copies of others', whom it calls, what it serves, whose tables it maps. */
    record ServiceView(String name, int classes, int copies, List<String> calls, int operations,
                       List<String> sharedTables, List<String> warnings) {
    }

    static ReadinessView of(Readiness.Result result) {
        String state = result.state().name().toLowerCase(Locale.ROOT);
        if (result.state() != Readiness.State.CHECKED) {
            return new ReadinessView(result.version(), state, result.problem(), List.of(), List.of(), "");
        }
        GenerationCheck check = result.check();
        String report = ReadinessReport.render(check);
        if (!check.ready()) {
            return new ReadinessView(result.version(), "refused", check.refusal(), List.of(), check.warnings(), report);
        }
        List<ServiceView> services = check.services().stream().map(s -> new ServiceView(s.name(), s.classes(),
                s.copies(), s.calls(), s.operations(), s.sharedTables(), check.warningsOf(s.name()))).toList();
        List<String> general = check.warnings().stream()
                .filter(w -> check.services().stream().noneMatch(s -> check.warningsOf(s.name()).contains(w)))
                .toList();
        return new ReadinessView(result.version(), "ready", null, services, general, report);
    }
}
