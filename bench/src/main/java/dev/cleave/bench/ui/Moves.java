package dev.cleave.bench.ui;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded stream of one-class moves on a plan: a class of some service and another service to move it to. Two
 * streams with the same plan and seed give the same moves. Not thread-safe: one per client.
 */
final class Moves {
    /** One move: {@code className} from its service to {@code to}, which is never its own service. */
    record Move(String className, String to) {
    }

    private final List<String> names;
    private final List<String[]> placed; // {class, its service}
    private final SplittableRandom random;

    Moves(Plan plan, long seed) {
        this.names = plan.services().stream().map(Service::name).toList();
        if (names.size() < 2) {
            throw new IllegalArgumentException("a move needs two services; the plan has " + names.size());
        }
        this.placed = new ArrayList<>();
        plan.services().forEach(s -> s.classes().forEach(c -> placed.add(new String[] {c, s.name()})));
        this.random = new SplittableRandom(seed);
    }

    Move next() {
        String[] pick = placed.get(random.nextInt(placed.size()));
        String target;
        do {
            target = names.get(random.nextInt(names.size()));
        } while (target.equals(pick[1]));
        return new Move(pick[0], target);
    }
}
