package dev.cleave.codegen;

import java.util.List;
import java.util.Objects;

/**
 * Whether a plan can be generated, said before generating: the refusal with its reason and fix, or what each service
 * will be made of and the warnings a generation would give ({@link Generator#check}).
 *
 * @param refusal  why the plan cannot be generated, with the fix; null when it can
 * @param services per planned service, in the order of the plan (sorted by name), what it will be made of (empty when refused)
 * @param warnings what a generation would warn about, sorted (copies of other services' data access, shared tables,
 *                 classes placed by the generator...)
 */
public record GenerationCheck(String refusal, List<ServiceSummary> services, List<String> warnings) {
    public GenerationCheck {
        services = List.copyOf(services);
        warnings = List.copyOf(warnings);
    }

    public boolean ready() {
        return refusal == null;
    }

    /** The warnings that name service {@code name} ({@code service 'name'}). */
    public List<String> warningsOf(String name) {
        Objects.requireNonNull(name, "name");
        return warnings.stream().filter(w -> w.contains("service '" + name + "'")).toList();
    }

    /**
     * One generated service.
     *
     * @param name         service name
     * @param classes      classes it owns, moved unchanged
     * @param copies       classes of others it carries as copies (values, data access, web glue)
     * @param calls        services it calls over HTTP
     * @param operations   operations it serves to other services (its facades)
     * @param sharedTables tables of other services its copies map
     */
    public record ServiceSummary(String name, int classes, int copies, List<String> calls, int operations,
                                 List<String> sharedTables) {
        public ServiceSummary {
            calls = List.copyOf(calls);
            sharedTables = List.copyOf(sharedTables);
        }
    }
}
