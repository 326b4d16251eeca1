package dev.cleave.scenarios;

import java.util.List;

/**
 * The outcome of one step.
 *
 * @param scenario the scenario's name
 * @param index    1-based step number in the scenario
 * @param request  method and path as sent
 * @param status   HTTP status received, 0 when no response came
 * @param failures what did not match; empty when the step passed
 * @param body     the response body, for failure messages
 */
public record StepResult(String scenario, int index, String request, int status, List<String> failures, String body) {
    public StepResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
