package dev.cleave.pipeline.gate;

import dev.cleave.model.Plan;
import dev.cleave.model.Wiring;

import java.util.HashMap;
import java.util.Map;

/** Where the plan puts each class, and which cross-service references its wiring declares. */
final class Placement {
    private final Map<String, String> placeOf;
    private final Map<String, Wiring> wiring = new HashMap<>();

    Placement(Plan plan) {
        placeOf = plan.places();
        plan.wiring().forEach(w -> wiring.put(w.from() + "\u0000" + w.to(), w));
    }

    /** A service name, {@link Plan#SHARED}, {@link Plan#UNASSIGNED}, or null when the plan does not mention it. */
    String of(String cls) {
        return placeOf.get(cls);
    }

    /**
     * Whether the wiring from service {@code from} to service {@code to} declares references to {@code type}: it
     * lists the type itself or one of its operations ({@code type#method}), or it lists no operations at all
     * (the whole service is declared reachable).
     */
    boolean declares(String from, String to, String type) {
        Wiring w = wiring.get(from + "\u0000" + to);
        if (w == null) {
            return false;
        }
        return w.operations().isEmpty() || w.operations().stream()
                .anyMatch(op -> op.equals(type) || op.startsWith(type + "#"));
    }

    /**
     * Whether the wiring from {@code from} to {@code to} declares calling {@code operation} ({@code find(int)}) of
     * {@code type}: it lists no operations at all, or the whole type, or {@code type#find(int)}, or
     * {@code type#find} (every overload).
     */
    boolean declaresOperation(String from, String to, String type, String operation) {
        Wiring w = wiring.get(from + "\u0000" + to);
        if (w == null) {
            return false;
        }
        String name = operation.contains("(") ? operation.substring(0, operation.indexOf('(')) : operation;
        return w.operations().isEmpty() || w.operations().stream().anyMatch(op -> op.equals(type)
                || op.equals(type + "#" + operation) || op.equals(type + "#" + name));
    }
}
