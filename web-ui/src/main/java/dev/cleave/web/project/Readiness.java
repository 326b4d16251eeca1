package dev.cleave.web.project;

import dev.cleave.codegen.GenerationCheck;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import dev.cleave.pipeline.Stages;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Whether a project's current plan can be generated ({@link Stages#readiness}), for the proposal page. The check
 * parses the monolith and may ask Maven for its jars, so it takes seconds: it runs on a background thread, one at a
 * time, and its answer is kept per project with the plan version it belongs to. Asking for a version that is not
 * checked yet answers {@link State#CHECKING} and queues one check; edits made while a check runs are coalesced, as
 * the queued check reads the plan that is current when it starts. A version whose plan equals the checked one (an
 * undo back to it) reuses the answer; a new analysis (a new graph) makes every answer of the project stale.
 */
@Service
public class Readiness {
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);
    private final Editor editor;
    private final MonolithInputs monolith;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cleave-readiness");
        t.setDaemon(true);
        return t;
    });

    public Readiness(Editor editor, MonolithInputs monolith) {
        this.editor = editor;
        this.monolith = monolith;
    }

    public enum State { CHECKING, CHECKED, FAILED }

    /**
     * The readiness of one plan version.
     *
     * @param version the plan version it belongs to
     * @param state   CHECKING (no answer yet), CHECKED ({@code check} says ready or refused) or FAILED (the check
     *                itself could not run: {@code problem} says why)
     * @param check   the answer when CHECKED, else null
     * @param problem why the check could not run when FAILED, else null
     */
    public record Result(long version, State state, GenerationCheck check, String problem) {
    }

    /** The answer for the project's current plan, or CHECKING with a check queued. */
    public Result of(Project project) {
        Editor.View view = editor.view(project);
        long version = view.plan().version();
        Slot slot = slots.computeIfAbsent(project.id(), id -> new Slot());
        synchronized (slot) {
            if (slot.answers(version, view)) {
                return slot.result.version() == version ? slot.result
                        : new Result(version, slot.result.state(), slot.result.check(), slot.result.problem());
            }
            if (!slot.queued) {
                slot.queued = true;
                worker.submit(() -> run(project, slot));
            }
            return new Result(version, State.CHECKING, null, null);
        }
    }

    private void run(Project project, Slot slot) {
        Editor.View view;
        synchronized (slot) {
            slot.queued = false;
        }
        try {
            view = editor.view(project);
        } catch (RuntimeException e) {
            LOG.debug("readiness of {} not checked: {}", project.id(), e.getMessage());
            return;
        }
        long version = view.plan().version();
        synchronized (slot) {
            if (slot.answers(version, view)) {
                return;
            }
        }
        Result result;
        try {
            // an upload's pom is not run through Maven behind the user's back: only Generate does that
            boolean upload = project.kind() == Project.Kind.UPLOAD;
            GenerationCheck check = Stages.readiness(view.graph(), view.plan().plan(), monolith.root(project),
                    upload ? monolith.knownClasspath(project) : monolith.classpath(project), !upload);
            result = new Result(version, State.CHECKED, check, null);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.info("readiness check of {} failed", project.id(), e);
            result = new Result(version, State.FAILED, null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        synchronized (slot) {
            slot.result = result;
            slot.plan = view.plan().plan();
            slot.graph = view.graph();
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** The latest answer of one project and what it was computed from; guarded by itself. */
    private static final class Slot {
        Result result;
        Plan plan;
        CodeGraph graph;
        boolean queued;

        boolean answers(long version, Editor.View view) {
            return result != null && view.graph() == graph
                    && (result.version() == version || view.plan().plan().equals(plan));
        }
    }
}
