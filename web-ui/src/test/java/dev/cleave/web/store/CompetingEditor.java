package dev.cleave.web.store;

import java.nio.file.Path;

/**
 * Child process of {@link PlanStoreConcurrencyTest}: makes {@code count} edits to a project that another process
 * edits at the same time. Each edit adds one class to its service; on a stale version it reloads and applies the
 * edit again, as the wizard's user would. Prints the number of stale saves it met.
 * Arguments: the project folder, the service name, the number of edits.
 */
public final class CompetingEditor {
    private CompetingEditor() {
    }

    public static void main(String[] args) throws Exception {
        PlanStore store = new PlanStore(Path.of(args[0]));
        String service = args[1];
        int count = Integer.parseInt(args[2]);
        int stale = 0;
        for (int i = 0; i < count; i++) {
            while (true) {
                VersionedPlan current = store.current().orElseThrow();
                String className = "com." + service + ".Class" + i;
                try {
                    store.save(Plans.move(current.plan(), className, service), current.version(), "add " + className);
                    break;
                } catch (StalePlanException e) {
                    stale++;
                }
            }
        }
        System.out.println(stale);
    }
}
