package dev.cleave.model;

/**
 * Scores of a plan (formulas in DESIGN.md; the same everywhere).
 *
 * @param services       K, services in the plan
 * @param classes        N, classes in services (shared and unassigned ones excluded)
 * @param sm             structural modularity, higher is better
 * @param icp            inter-service call percentage: call weight between services / all call weight, lower is better
 * @param ifn            mean number of a service's classes called from another service, lower is better
 * @param ned            non-extreme distribution: 1 − share of classes in services of 5..20 classes, lower is better
 * @param modularity     Newman's Q of the partition on the weighted undirected graph
 * @param tableOwnership share of tables whose accessing classes all sit in one service, 1 is best
 * @param crossEdges     edges between classes of different services
 * @param remoteOps      distinct (class, method) targets called across services: calls that would become remote
 * @param crossTransactionalCalls calls from a transactional class (Spring or Jakarta {@code @Transactional} on it or
 *                       its methods, an EJB session bean) to a business class (service, component, EJB, or
 *                       transactional itself) of another service: each would run outside the caller's transaction
 *                       once the services are split; counted once per calling and called class, lower is better
 */
public record PlanMetrics(int services, int classes, double sm, double icp, double ifn, double ned, double modularity,
                          double tableOwnership, int crossEdges, int remoteOps, int crossTransactionalCalls) {

    /** The metrics without {@code crossTransactionalCalls} (0), as plans of the first format version had them. */
    public PlanMetrics(int services, int classes, double sm, double icp, double ifn, double ned, double modularity,
                       double tableOwnership, int crossEdges, int remoteOps) {
        this(services, classes, sm, icp, ifn, ned, modularity, tableOwnership, crossEdges, remoteOps, 0);
    }
}
