package dev.cleave.pipeline.gate;

import java.util.List;

/**
 * The plan's services and the code dependencies between them, for drawing.
 *
 * @param services services sorted by name
 * @param links    dependencies between two services, sorted by (from, to)
 */
public record ServiceGraph(List<ServiceNode> services, List<Link> links) {
    public ServiceGraph {
        services = List.copyOf(services);
        links = List.copyOf(links);
    }

    /**
     * @param name    service name
     * @param classes classes the plan puts in it
     * @param present of those, classes found in the code
     */
    public record ServiceNode(String name, int classes, int present) {
    }

    /**
     * @param from       depending service
     * @param to         service depended on
     * @param weight     summed weight of the code references
     * @param undeclared class pairs among them that the wiring does not declare
     * @param operations the operations {@code from}'s code calls on {@code to}'s classes ({@code Type#method(..)}),
     *                   sorted and distinct
     */
    public record Link(String from, String to, long weight, int undeclared, List<String> operations) {
        public Link {
            operations = List.copyOf(operations);
        }
    }
}
