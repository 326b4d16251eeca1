package dev.cleave.web.project;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.GraphJson;
import dev.cleave.model.Plan;
import dev.cleave.pipeline.PlanEdits;
import dev.cleave.pipeline.Stages;
import dev.cleave.splitter.ClassExplanation;
import dev.cleave.splitter.MoveOutcome;
import dev.cleave.splitter.WhatIf;
import dev.cleave.web.store.PlanStore;
import dev.cleave.web.store.StalePlanException;
import dev.cleave.web.store.VersionedPlan;
import org.springframework.stereotype.Service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Edits the plans of projects. Each save goes through the project's {@link PlanStore} (atomic, versioned, a
 * stale version is refused with 409), so an edit is either on disk or was not made. Moves use one
 * {@link WhatIf} per project, kept in step with the saved version, so a move costs the moved classes' degree
 * rather than a re-scoring of the graph. Edits of one project run one at a time; projects are independent.
 */
@Service
public class Editor {
    public static final String GRAPH = "graph.json";
    private final Projects projects;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public Editor(Projects projects) {
        this.projects = projects;
    }

    /** The current plan of an analyzed project. @throws NotAnalyzedException when it has no graph or plan yet */
    public View view(Project project) {
        Session s = session(project);
        synchronized (s) {
            VersionedPlan current = current(project, s);
            return new View(current, s.graph(project));
        }
    }

    public boolean hasPlan(Project project) {
        return session(project).store.current().isPresent();
    }

    public PlanStore store(Project project) {
        return session(project).store;
    }

    /** Drops what is cached for a project (after a new analysis wrote a new graph). */
    public void forget(Project project) {
        Session s = session(project);
        synchronized (s) {
            s.graph = null;
            s.whatIf = null;
        }
    }

    /** Moves classes to a service, or to the shared library with {@link Plan#SHARED}, and saves. */
    public MoveResult move(Project project, List<String> classes, String to, long version) throws StalePlanException {
        if (classes == null || classes.isEmpty()) {
            throw new IllegalArgumentException("no class to move: choose one or more class cards");
        }
        Session s = session(project);
        synchronized (s) {
            VersionedPlan current = current(project, s);
            if (current.version() != version) {
                throw new StalePlanException(version, current.version(), "edit");
            }
            WhatIf whatIf = s.whatIf(project, current);
            MoveOutcome outcome = Plan.SHARED.equals(to) ? whatIf.moveToShared(classes)
                    : whatIf.move(classes, to);
            Plan moved = whatIf.plan();
            Plan saved = PlanEdits.pinsFollowMove(moved, classes, to);
            VersionedPlan next;
            try {
                next = s.store.save(saved, version, describe(classes, to));
            } catch (StalePlanException | RuntimeException e) {
                whatIf.undo();
                throw e;
            }
            s.whatIfVersion = saved == moved ? next.version() : -1;
            return new MoveResult(next, outcome, whatIf.explain(classes.get(0)));
        }
    }

    /** What a move would do to the metrics, without saving it. */
    public MoveOutcome preview(Project project, List<String> classes, String to) {
        if (classes == null || classes.isEmpty()) {
            throw new IllegalArgumentException("no class to move: choose one or more class cards");
        }
        Session s = session(project);
        synchronized (s) {
            WhatIf whatIf = s.whatIf(project, current(project, s));
            MoveOutcome outcome = Plan.SHARED.equals(to) ? whatIf.moveToShared(classes)
                    : whatIf.move(classes, to);
            whatIf.undo();
            return outcome;
        }
    }

    /** Why a class sits in its service and what each move would cost. */
    public ClassExplanation explain(Project project, String className) {
        Session s = session(project);
        synchronized (s) {
            return s.whatIf(project, current(project, s)).explain(className);
        }
    }

    /**
     * The splitter's reasons for the place of each class ({@link ClassExplanation#reasons()}), in the order asked.
     * Each costs an explanation (the class's degree times the services), so ask for the classes shown.
     */
    public Map<String, List<String>> reasons(Project project, List<String> classNames) {
        Session s = session(project);
        synchronized (s) {
            WhatIf whatIf = s.whatIf(project, current(project, s));
            Map<String, List<String>> reasons = new LinkedHashMap<>();
            classNames.forEach(c -> reasons.put(c, whatIf.explain(c).reasons()));
            return reasons;
        }
    }

    /** Applies an edit of {@link PlanEdits} to the current plan and saves it. */
    public VersionedPlan edit(Project project, long version, String action, Edit edit) throws StalePlanException {
        Session s = session(project);
        synchronized (s) {
            VersionedPlan current = current(project, s);
            if (current.version() != version) {
                throw new StalePlanException(version, current.version(), "edit");
            }
            Plan changed = edit.apply(s.graph(project), current.plan());
            if (changed.equals(current.plan())) {
                return current;
            }
            s.whatIf = null;
            return s.store.save(changed, version, action);
        }
    }

    public VersionedPlan undo(Project project, long version) throws StalePlanException {
        Session s = session(project);
        synchronized (s) {
            s.whatIf = null;
            return s.store.undo(version);
        }
    }

    public VersionedPlan redo(Project project, long version) throws StalePlanException {
        Session s = session(project);
        synchronized (s) {
            s.whatIf = null;
            return s.store.redo(version);
        }
    }

    private static VersionedPlan current(Project project, Session s) {
        return s.store.current().orElseThrow(() -> new NotAnalyzedException(project));
    }

    private static String describe(List<String> classes, String to) {
        String what = classes.size() == 1 ? simple(classes.get(0)) : classes.size() + " classes";
        return "move " + what + " to " + to;
    }

    private static String simple(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }

    private Session session(Project project) {
        return sessions.computeIfAbsent(project.id(), id -> new Session(projects.dir(project)));
    }

    /** An edit of a plan that needs the graph. */
    @FunctionalInterface
    public interface Edit {
        Plan apply(CodeGraph graph, Plan plan);

        static Edit of(UnaryOperator<Plan> planOnly) {
            return (graph, plan) -> planOnly.apply(plan);
        }
    }

    /** The current plan with the graph it belongs to. */
    public record View(VersionedPlan plan, CodeGraph graph) {
    }

    /** A saved move: the new version, the metrics before and after, and the explanation of the first class. */
    public record MoveResult(VersionedPlan plan, MoveOutcome outcome, ClassExplanation explanation) {
    }

    /** Thrown when a project has no graph or plan yet: analyze it first. */
    public static final class NotAnalyzedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotAnalyzedException(Project project) {
            super("project '" + project.name() + "' has not been analyzed yet: run the analysis first");
        }
    }

    private static final class Session {
        final PlanStore store;
        final Path dir;
        CodeGraph graph;
        WhatIf whatIf;
        long whatIfVersion = -1;

        Session(Path dir) {
            this.dir = dir;
            this.store = new PlanStore(dir);
        }

        CodeGraph graph(Project project) {
            if (graph == null) {
                graph = GraphJson.read(graphFile(project));
            }
            return graph;
        }

        private Path graphFile(Project project) {
            Path file = dir.resolve(GRAPH);
            if (!Files.isRegularFile(file)) {
                throw new NotAnalyzedException(project);
            }
            return file;
        }

        WhatIf whatIf(Project project, VersionedPlan current) {
            if (whatIf == null || whatIfVersion != current.version()) {
                whatIf = new WhatIf(graph(project), current.plan(), Stages.edgeWeights(current.plan()));
                whatIfVersion = current.version();
            }
            return whatIf;
        }
    }
}
