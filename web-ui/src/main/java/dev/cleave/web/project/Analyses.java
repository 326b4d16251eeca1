package dev.cleave.web.project;

import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.GraphJson;
import dev.cleave.model.Plan;
import dev.cleave.pipeline.PlanEdits;
import dev.cleave.pipeline.Stages;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.model.AtomicFiles;
import dev.cleave.web.store.PlanStore;
import dev.cleave.web.store.StalePlanException;
import dev.cleave.web.store.VersionedPlan;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs analyses one at a time in the background (the analyzer uses every core itself) and reports their progress.
 * A finished analysis leaves {@code graph.json} in the project folder and, when the project had no plan yet, the
 * splitter's proposal as version 1 of its plan; when it had one, the plan is split again around its pins and
 * saved as a new version (undo brings the old one back).
 */
@Service
public class Analyses {
    private static final Logger LOG = LoggerFactory.getLogger(Analyses.class);
    private final Projects projects;
    private final Editor editor;
    private final MonolithInputs monolith;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cleave-analysis");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Tracker> running = new ConcurrentHashMap<>();

    public Analyses(Projects projects, Editor editor, MonolithInputs monolith) {
        this.projects = projects;
        this.editor = editor;
        this.monolith = monolith;
    }

    /** Starts an analysis unless one is queued or running for the project. */
    public AnalysisStatus start(Project project) {
        Tracker tracker = running.compute(project.id(), (id, old) ->
                old != null && !old.status().finished() ? old : new Tracker());
        if (tracker.status().state() == AnalysisStatus.State.QUEUED && tracker.submitted.compareAndSet(0, 1)) {
            worker.submit(() -> run(project, tracker));
        }
        return tracker.status();
    }

    /** The status of the latest analysis; DONE without a run when a graph is on disk from an earlier one. */
    public AnalysisStatus status(Project project) {
        Tracker tracker = running.get(project.id());
        if (tracker != null) {
            return tracker.status();
        }
        return Files.isRegularFile(projects.dir(project).resolve(Editor.GRAPH)) && editor.hasPlan(project)
                ? new AnalysisStatus(AnalysisStatus.State.DONE, "", 0, 0, "analyzed earlier")
                : AnalysisStatus.NONE;
    }

    /** How the project is analyzed; what else reads its sources as the analysis did (call sites) uses the same. */
    AnalyzerOptions options(Project project) {
        // the cache lives with the wizard's own files of the project, never in the sources it analyzes
        return AnalyzerOptions.of(project.source()).withCache(projects.dir(project).resolve("analysis-cache"));
    }

    private void run(Project project, Tracker tracker) {
        try {
            tracker.running();
            CodeGraph graph = Stages.graph(project.source(), options(project), tracker);
            tracker.phase("saving the graph", 0);
            AtomicFiles.write(projects.dir(project).resolve(Editor.GRAPH),
                    GraphJson.toJson(graph).getBytes(StandardCharsets.UTF_8));
            editor.forget(project);
            monolith.forget(project);
            tracker.phase("splitting", 0);
            PlanStore store = editor.store(project);
            Optional<VersionedPlan> current = store.current();
            if (current.isEmpty()) {
                store.save(Stages.split(graph, SplitOptions.defaults()), 0, "proposal of the splitter");
            } else {
                store.save(PlanEdits.resplit(graph, current.get().plan()), current.get().version(),
                        "split again after a new analysis");
            }
            tracker.finish(new AnalysisStatus(AnalysisStatus.State.DONE, "done", 1, 1,
                    graph.nodes().size() + " classes, " + graph.edges().size() + " dependencies"));
        } catch (StalePlanException e) {
            tracker.finish(failed("the plan was changed while the analysis ran: analyze again"));
        } catch (RuntimeException | java.io.IOException | StackOverflowError e) {
            LOG.warn("analysis of {} failed", project.id(), e);
            tracker.finish(failed(forUser(project, e.getMessage() == null ? e.toString() : e.getMessage())));
        } catch (Error e) {
            LOG.error("analysis of {} failed", project.id(), e);
            tracker.finish(failed("the analysis stopped: " + e));
            throw e;
        }
    }

    /** The analyzer's advice is about folders; an uploaded project's user can only upload another zip. */
    static String forUser(Project project, String message) {
        if (project.kind() != Project.Kind.UPLOAD) {
            return message;
        }
        return message.replace(project.source().toString(), "the uploaded zip")
                .replace("point Cleave at the project folder that contains src/ or the packages",
                        "zip the project folder that contains src/ (or the packages) and upload that as a new project");
    }

    private static AnalysisStatus failed(String message) {
        return new AnalysisStatus(AnalysisStatus.State.FAILED, "", 0, 0, message);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Hears the analyzer; read from request threads. */
    private static final class Tracker implements ProgressListener {
        final AtomicLong submitted = new AtomicLong();
        private final AtomicLong done = new AtomicLong();
        private volatile long total;
        private volatile String phase = "waiting for an earlier analysis";
        private volatile AnalysisStatus.State state = AnalysisStatus.State.QUEUED;
        private volatile AnalysisStatus finished;

        void running() {
            state = AnalysisStatus.State.RUNNING;
            phase = "starting";
        }

        @Override
        public void phase(String name, long totalUnits) {
            done.set(0);
            total = totalUnits;
            phase = name;
        }

        @Override
        public void advance(long units) {
            done.addAndGet(units);
        }

        void finish(AnalysisStatus status) {
            finished = status;
        }

        AnalysisStatus status() {
            AnalysisStatus f = finished;
            return f != null ? f : new AnalysisStatus(state, phase, done.get(), total, "");
        }
    }
}
