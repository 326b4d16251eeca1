package dev.cleave.web.store;

import java.nio.file.Path;

/**
 * Child process of {@link PlanStoreCrashTest}: saves {@link Plans#large} plans into a project folder as fast as
 * it can, forever, and prints each version once it is saved. The test kills it at an arbitrary moment.
 * Arguments: the project folder, the number of classes per plan.
 */
public final class KillableSaver {
    private KillableSaver() {
    }

    public static void main(String[] args) throws Exception {
        PlanStore store = new PlanStore(Path.of(args[0]));
        int classes = Integer.parseInt(args[1]);
        while (true) {
            long version = store.current().map(VersionedPlan::version).orElse(0L);
            store.save(Plans.large(version + 1, classes), version, "save " + (version + 1));
            System.out.println(version + 1);
            System.out.flush();
        }
    }
}
