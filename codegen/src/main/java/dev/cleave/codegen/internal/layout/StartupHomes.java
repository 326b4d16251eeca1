package dev.cleave.codegen.internal.layout;

import dev.cleave.codegen.internal.source.StartupCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the monolith's start-up code that uses its database runs ({@link StartupCode}): in one service. The monolith
 * ran it once per start of its database; every service that has its class would run it again on the one shared
 * database (the application class is in all of them), writing its rows once per service and again at each restart.
 * The service chosen is, among those that have the class, the one owning most of what the code reaches (the classes
 * behind the beans it calls, the repositories and entities it writes), so that its calls stay local and it waits for
 * no other service to be up; on a tie or when it reaches nothing of theirs, the first of them in plan order. The
 * runtime ({@code StartupOnce}) runs it there once per database.
 */
public final class StartupHomes {
    private StartupHomes() {
    }

    /** Start-up code → the service that runs it, sorted; a warning for each. */
    public static Map<String, String> of(List<StartupCode> code, List<ServiceLayout> services, Set<String> shared,
                                         List<String> warnings) {
        Map<String, String> homes = new TreeMap<>();
        for (StartupCode startup : code) {
            List<ServiceLayout> candidates = new ArrayList<>();
            for (ServiceLayout s : services) {
                if (shared.contains(startup.type()) || s.own().contains(startup.type())
                        || s.copies().contains(startup.type())) {
                    candidates.add(s);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            ServiceLayout home = candidates.get(0);
            long best = owned(startup, home);
            for (ServiceLayout s : candidates) {
                if (owned(startup, s) > best) {
                    home = s;
                    best = owned(startup, s);
                }
            }
            homes.put(startup.code(), home.name());
            warnings.add("start-up code " + startup.code() + " (" + startup.kind() + ") uses the database: it runs"
                    + " once per database, in service '" + home.name() + "' ("
                    + (best > 0 ? "which owns most of what it uses" : "the first service that has it")
                    + (startup.kind().equals("@PostConstruct")
                    ? "), each time that service makes the bean (Spring calls its @PostConstruct, not the runtime)"
                    : "), the first time that service starts on it (recorded in table cleave_startup_runs)")
                    + (candidates.size() > 1 ? "; the other services skip it" : ""));
        }
        return homes;
    }

    private static long owned(StartupCode startup, ServiceLayout s) {
        return startup.reaches().stream().filter(s.own()::contains).count();
    }
}
