package dev.cleave.web.project;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import dev.cleave.web.store.HistoryEntry;
import dev.cleave.web.store.PlanStore;
import dev.cleave.web.store.VersionedPlan;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a new analysis would replace: it splits the plan again around the pins and groups, so the classes moved by
 * hand without a pin since the splitter's latest proposal, and the services added or renamed since, may go. Said
 * before "Analyze again" so that the user decides knowing it (and that undo brings the plan back).
 */
@Component
public class ManualChanges {
    private final Editor editor;

    public ManualChanges(Editor editor) {
        this.editor = editor;
    }

    /**
     * @param version       the current version (undo on the proposal page brings it back)
     * @param proposal      the version of the splitter's latest proposal the changes are counted from
     * @param movedClasses  classes placed elsewhere than in that proposal and not pinned, sorted
     * @param newServices   services that proposal did not have (added or renamed by hand), sorted
     * @param pinned        pinned classes, which stay where they are pinned
     * @param edits         edits, undos and redos saved since that proposal
     */
    public record Summary(long version, long proposal, List<String> movedClasses, List<String> newServices,
                          int pinned, int edits) {
        /** Up to five moved classes by simple name, for the message. */
        public List<String> someMoved() {
            return movedClasses.stream().limit(5).map(c -> c.substring(c.lastIndexOf('.') + 1)).toList();
        }
    }

    /** The manual changes a new analysis would replace; empty when there are none (or no plan yet). */
    public Optional<Summary> since(Project project) {
        if (!editor.hasPlan(project)) {
            return Optional.empty();
        }
        PlanStore store = editor.store(project);
        List<HistoryEntry> history = store.history();
        int base = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            if (isProposal(history.get(i))) {
                base = i;
                break;
            }
        }
        Optional<VersionedPlan> current = store.current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Plan now = current.get().plan();
        Plan proposal = store.plan(history.get(base).version());
        Map<String, String> before = proposal.places();
        Map<String, String> after = now.places();
        Set<String> pins = now.constraints().pins().keySet();
        List<String> moved = after.entrySet().stream()
                .filter(e -> before.containsKey(e.getKey()) && !before.get(e.getKey()).equals(e.getValue()))
                .map(Map.Entry::getKey).filter(c -> !pins.contains(c)).sorted().toList();
        List<String> added = now.services().stream().map(Service::name).filter(n -> proposal.service(n) == null)
                .sorted().toList();
        if (moved.isEmpty() && added.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Summary(current.get().version(), history.get(base).version(), moved, added,
                pins.size(), history.size() - 1 - base));
    }

    private static boolean isProposal(HistoryEntry entry) {
        return entry.kind() == HistoryEntry.Kind.EDIT && (entry.action().startsWith("proposal of the splitter")
                || entry.action().startsWith("split again"));
    }
}
