package dev.cleave.scenarios;

import java.util.List;
import java.util.stream.Collectors;

/** Every step's result of one run of a scenario file. */
public record ScenarioReport(String file, List<StepResult> steps) {
    public ScenarioReport {
        steps = List.copyOf(steps);
    }

    public boolean allPassed() {
        return steps.stream().allMatch(StepResult::passed);
    }

    public List<StepResult> failures() {
        return steps.stream().filter(s -> !s.passed()).toList();
    }

    /** One paragraph per failed step: scenario, step, request, what did not match and the start of the body. */
    public String describeFailures() {
        return failures().stream().map(s -> "- " + s.scenario() + " / step " + s.index() + " (" + s.request()
                        + " -> " + s.status() + "): " + String.join("; ", s.failures())
                        + "\n  body: " + (s.body().length() > 400 ? s.body().substring(0, 400) + "..." : s.body()))
                .collect(Collectors.joining("\n"));
    }

    /** @throws AssertionError listing every failed step, when any failed */
    public void assertAllPassed() {
        if (steps.isEmpty()) {
            throw new AssertionError(file + ": no steps were run");
        }
        if (!allPassed()) {
            throw new AssertionError(failures().size() + " of " + steps.size() + " scenario steps failed in " + file
                    + ":\n" + describeFailures());
        }
    }
}
