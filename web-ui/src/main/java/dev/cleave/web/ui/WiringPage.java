package dev.cleave.web.ui;

import dev.cleave.model.Access;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.Wiring;

import java.util.List;

/** What the wiring step shows: each pair of services and, per class crossed, whether it is copied or called. */
final class WiringPage {
    private WiringPage() {
    }

    /**
     * One class of the called service as the calling service reaches it.
     *
     * @param type       fully-qualified name
     * @param simpleName for the label
     * @param access     {@code local} or {@code remote}, switched or by default
     * @param switched   whether the plan switches it (else the default for its kind applies)
     * @param other      the access a click switches to
     * @param value      whether it is a value type, always copied (no switch)
     */
    record Target(String type, String simpleName, String access, boolean switched, String other, boolean value) {
    }

    /** One pair of services. */
    record Row(String from, String to, String style, List<String> operations, List<Target> targets) {
    }

    static List<Row> rows(Plan plan, CodeGraph graph) {
        return plan.wiring().stream().map(w -> new Row(w.from(), w.to(), w.style(), w.operations(),
                w.targets().stream().map(t -> target(w, t, graph.node(t))).toList())).toList();
    }

    private static Target target(Wiring w, String type, Node node) {
        Access access = w.accessOf(type, node);
        Access other = access == Access.LOCAL ? Access.REMOTE : Access.LOCAL;
        return new Target(type, type.substring(type.lastIndexOf('.') + 1), access.toString(),
                w.access().containsKey(type), other.toString(), !Access.switchable(node));
    }
}
