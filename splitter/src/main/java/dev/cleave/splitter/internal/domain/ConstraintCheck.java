package dev.cleave.splitter.internal.domain;

import dev.cleave.model.Constraints;
import dev.cleave.splitter.SplitException;

import java.util.List;
import java.util.Map;

/** Rejects constraints that name unknown classes or contradict each other, with a message that says what to fix. */
public final class ConstraintCheck {
    private static final String NAME = "[a-z][a-z0-9-]{0,62}";

    private ConstraintCheck() {
    }

    /** @throws SplitException naming the first culprit and the fix */
    public static void check(Facts facts, Constraints c, int fixedServices, int minServices) {
        c.pins().forEach((cls, service) -> {
            known(facts, cls, "pin " + cls + " -> " + service);
            if (service == null || !service.matches(NAME) || dev.cleave.model.Service.RESERVED_NAMES.contains(service)) {
                throw new SplitException("pin " + cls + " -> '" + service + "': a service name must be lower case"
                        + " letters, digits and '-', start with a letter, and not be one of "
                        + new java.util.TreeSet<>(dev.cleave.model.Service.RESERVED_NAMES) + ".");
            }
        });
        c.keepTogether().forEach(g -> g.forEach(cls -> known(facts, cls, "keep-together " + g)));
        c.keepApart().forEach(g -> g.forEach(cls -> known(facts, cls, "keep-apart " + g)));
        int classes = facts.size();
        if (fixedServices > classes) {
            throw new SplitException(fixedServices + " services were asked for, but the graph has only " + classes
                    + " classes: ask for at most " + classes + " services, or 0 to choose automatically.");
        }
        if (minServices > classes) {
            throw new SplitException("minServices = " + minServices + ", but the graph has only " + classes
                    + " classes: lower minServices to at most " + classes + ".");
        }
    }

    /** @throws SplitException when the atoms (keep-together groups with pins) contradict pins or keep-apart */
    public static void checkAtoms(Facts facts, Constraints c, int[] atom) {
        String[] pinOfAtom = new String[facts.size()];
        String[] pinnedClass = new String[facts.size()];
        for (Map.Entry<String, String> pin : c.pins().entrySet()) {
            int a = atom[facts.vertex(pin.getKey())];
            if (pinOfAtom[a] != null && !pinOfAtom[a].equals(pin.getValue())) {
                throw new SplitException("keep-together puts " + pinnedClass[a] + " (pinned to '" + pinOfAtom[a]
                        + "') and " + pin.getKey() + " (pinned to '" + pin.getValue() + "') in one service: pin them"
                        + " to the same service, or remove one from the keep-together group.");
            }
            pinOfAtom[a] = pin.getValue();
            pinnedClass[a] = pin.getKey();
        }
        for (List<String> group : c.keepApart()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    apart(facts, c, atom, group.get(i), group.get(j), pinOfAtom);
                }
            }
        }
    }

    private static void apart(Facts facts, Constraints c, int[] atom, String a, String b, String[] pinOfAtom) {
        int x = atom[facts.vertex(a)];
        if (a.equals(b)) {
            throw new SplitException("keep-apart lists " + a + " twice: list each class once.");
        }
        if (x != atom[facts.vertex(b)]) {
            return;
        }
        if (pinOfAtom[x] != null && c.pins().containsKey(a) && c.pins().containsKey(b)) {
            throw new SplitException(a + " and " + b + " are kept apart but both pinned to '" + pinOfAtom[x]
                    + "': pin one of them to another service, or drop the keep-apart.");
        }
        throw new SplitException(a + " and " + b + " are both kept together and kept apart: remove one of the"
                + " two constraints.");
    }

    private static void known(Facts facts, String cls, String where) {
        if (facts.vertex(cls) < 0) {
            throw new SplitException("unknown class '" + cls + "' in " + where + ": it is not in the graph. Use the"
                    + " fully-qualified name of a top-level class of the project, or remove the constraint.");
        }
    }
}
