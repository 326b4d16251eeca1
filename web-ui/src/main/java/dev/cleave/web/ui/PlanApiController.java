package dev.cleave.web.ui;

import dev.cleave.model.PlanMetrics;
import dev.cleave.pipeline.PlanEdits;
import dev.cleave.splitter.ClassExplanation;
import dev.cleave.splitter.MoveOutcome;
import dev.cleave.web.project.Editor;
import dev.cleave.web.project.Project;
import dev.cleave.web.project.Projects;
import dev.cleave.web.project.Readiness;
import dev.cleave.web.store.StalePlanException;
import dev.cleave.web.store.VersionedPlan;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The JSON calls behind drag and drop and the other edits. Every edit names the plan version it was made on;
 * an edit on an older version gets HTTP 409 and changes nothing ({@link ApiErrors}).
 */
@RestController
@RequestMapping("/api/projects/{id}")
public class PlanApiController {
    private final Projects projects;
    private final Editor editor;
    private final Readiness readiness;

    public PlanApiController(Projects projects, Editor editor, Readiness readiness) {
        this.projects = projects;
        this.editor = editor;
        this.readiness = readiness;
    }

    /** A move of classes to a service (or {@code (shared)}). */
    public record MoveRequest(List<String> classes, String to, long version) {
    }

    /** An edit that needs only the version: undo, redo, re-split. */
    public record VersionRequest(long version) {
    }

    /** A re-split; {@code services}: null keeps the plan's setting, 0 = automatic, K = exactly K. */
    public record ResplitRequest(long version, Integer services) {
    }

    public record PinRequest(List<String> classes, boolean pinned, long version) {
    }

    public record ServiceRequest(String name, long version) {
    }

    public record RenameRequest(String to, long version) {
    }

    public record RemoveRequest(String moveTo, long version) {
    }

    public record GroupRequest(String kind, List<String> classes, long version) {
    }

    public record RemoveGroupRequest(String kind, int index, long version) {
    }

    /** The state after an edit: the page updates itself from it. */
    public record State(long version, String action, boolean canUndo, boolean canRedo, PlanMetrics metrics) {
        static State of(VersionedPlan v) {
            return new State(v.version(), v.action(), v.canUndo(), v.canRedo(), v.plan().metrics());
        }
    }

    public record MoveResponse(State state, MoveOutcome outcome, PlanMetrics delta, ClassExplanation explanation) {
    }

    public record PreviewResponse(MoveOutcome outcome, PlanMetrics delta) {
    }

    @GetMapping("/plan")
    State plan(@PathVariable String id) {
        return State.of(editor.view(project(id)).plan());
    }

    /** Whether the current plan can be generated; {@code checking} until the background check is done. */
    @GetMapping("/readiness")
    ReadinessView readiness(@PathVariable String id) {
        return ReadinessView.of(readiness.of(project(id)));
    }

    /** What each service is built around and why each shared class is shared. */
    @GetMapping("/why")
    PlanWhy.Why why(@PathVariable String id) {
        Project project = project(id);
        Editor.View view = editor.view(project);
        return PlanWhy.of(view.graph(), view.plan().plan(), editor.reasons(project, view.plan().plan().shared()));
    }

    @PostMapping("/moves")
    MoveResponse move(@PathVariable String id, @RequestBody MoveRequest request) throws StalePlanException {
        Editor.MoveResult result = editor.move(project(id), request.classes(), required(request.to(), "to"),
                request.version());
        return new MoveResponse(State.of(result.plan()), result.outcome(), result.outcome().delta(),
                result.explanation());
    }

    @PostMapping("/preview")
    PreviewResponse preview(@PathVariable String id, @RequestBody MoveRequest request) {
        MoveOutcome outcome = editor.preview(project(id), request.classes(), required(request.to(), "to"));
        return new PreviewResponse(outcome, outcome.delta());
    }

    @GetMapping("/explain")
    ClassExplanation explain(@PathVariable String id, @RequestParam("class") String className) {
        return editor.explain(project(id), className);
    }

    @PostMapping("/pins")
    State pin(@PathVariable String id, @RequestBody PinRequest request) throws StalePlanException {
        List<String> classes = request.classes() == null ? List.of() : request.classes();
        String what = classes.size() == 1 ? classes.get(0).substring(classes.get(0).lastIndexOf('.') + 1)
                : classes.size() + " classes";
        return State.of(editor.edit(project(id), request.version(), (request.pinned() ? "pin " : "unpin ") + what,
                (graph, plan) -> PlanEdits.pin(graph, plan, classes, request.pinned())));
    }

    @PostMapping("/services")
    State addService(@PathVariable String id, @RequestBody ServiceRequest request) throws StalePlanException {
        String name = ServiceNames.checked(request.name());
        return State.of(editor.edit(project(id), request.version(), "add service " + name,
                (graph, plan) -> PlanEdits.addService(graph, plan, name)));
    }

    @PostMapping("/services/{service}/rename")
    State rename(@PathVariable String id, @PathVariable String service, @RequestBody RenameRequest request)
            throws StalePlanException {
        String to = ServiceNames.checked(request.to());
        return State.of(editor.edit(project(id), request.version(), "rename " + service + " to " + to,
                (graph, plan) -> PlanEdits.rename(graph, plan, service, to)));
    }

    @PostMapping("/services/{service}/remove")
    State remove(@PathVariable String id, @PathVariable String service, @RequestBody RemoveRequest request)
            throws StalePlanException {
        String moveTo = required(request.moveTo(), "moveTo");
        return State.of(editor.edit(project(id), request.version(), "remove service " + service,
                (graph, plan) -> PlanEdits.removeService(graph, plan, service, moveTo)));
    }

    @PostMapping("/groups")
    State group(@PathVariable String id, @RequestBody GroupRequest request) throws StalePlanException {
        boolean together = together(request.kind());
        List<String> classes = request.classes() == null ? List.of() : request.classes();
        return State.of(editor.edit(project(id), request.version(),
                (together ? "keep together " : "keep apart ") + classes.size() + " classes",
                (graph, plan) -> together ? PlanEdits.keepTogether(graph, plan, classes)
                        : PlanEdits.keepApart(graph, plan, classes)));
    }

    @PostMapping("/groups/remove")
    State removeGroup(@PathVariable String id, @RequestBody RemoveGroupRequest request) throws StalePlanException {
        boolean together = together(request.kind());
        return State.of(editor.edit(project(id), request.version(),
                "drop a " + (together ? "keep-together" : "keep-apart") + " group",
                Editor.Edit.of(plan -> PlanEdits.removeGroup(plan, together, request.index()))));
    }

    @PostMapping("/resplit")
    State resplit(@PathVariable String id, @RequestBody ResplitRequest request) throws StalePlanException {
        Integer services = request.services();
        String action = "split again around the pins" + (services == null ? ""
                : services == 0 ? " (services: automatic)" : " into " + services + " services");
        return State.of(editor.edit(project(id), request.version(), action, (graph, plan) ->
                PlanEdits.resplit(graph, services == null ? plan : PlanEdits.serviceCount(plan, services))));
    }

    @PostMapping("/undo")
    State undo(@PathVariable String id, @RequestBody VersionRequest request) throws StalePlanException {
        return State.of(editor.undo(project(id), request.version()));
    }

    @PostMapping("/redo")
    State redo(@PathVariable String id, @RequestBody VersionRequest request) throws StalePlanException {
        return State.of(editor.redo(project(id), request.version()));
    }

    @GetMapping("/graph")
    GraphView.Elements graph(@PathVariable String id, @RequestParam(defaultValue = "auto") String level) {
        Editor.View view = editor.view(project(id));
        return GraphView.of(view.graph(), view.plan().plan(), level);
    }

    private Project project(String id) {
        return projects.get(id);
    }

    private static boolean together(String kind) {
        if ("together".equals(kind)) {
            return true;
        }
        if ("apart".equals(kind)) {
            return false;
        }
        throw new IllegalArgumentException("group kind '" + kind + "' is neither 'together' nor 'apart'");
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the request has no '" + field + "'");
        }
        return value;
    }
}
