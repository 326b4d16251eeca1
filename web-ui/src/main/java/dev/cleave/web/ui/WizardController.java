package dev.cleave.web.ui;

import dev.cleave.model.Access;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.pipeline.PlanEdits;
import dev.cleave.web.project.Analyses;
import dev.cleave.web.project.AnalysisStatus;
import dev.cleave.web.project.CallSites;
import dev.cleave.web.project.Editor;
import dev.cleave.web.project.Generations;
import dev.cleave.web.project.ManualChanges;
import dev.cleave.web.project.Project;
import dev.cleave.web.project.Projects;
import dev.cleave.web.project.Workspace;
import dev.cleave.web.store.HistoryEntry;
import dev.cleave.web.store.StalePlanException;
import dev.cleave.web.store.VersionedPlan;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The wizard's pages, one per step: project, analysis, proposal and editing, wiring, generation. */
@Controller
public class WizardController {
    private final Workspace workspace;
    private final Projects projects;
    private final Analyses analyses;
    private final Editor editor;
    private final Generations generations;
    private final ManualChanges changes;
    private final CallSites callSites;

    public WizardController(Workspace workspace, Projects projects, Analyses analyses, Editor editor,
                            Generations generations, ManualChanges changes, CallSites callSites) {
        this.callSites = callSites;
        this.workspace = workspace;
        this.projects = projects;
        this.analyses = analyses;
        this.editor = editor;
        this.generations = generations;
        this.changes = changes;
    }

    /** Step 1: choose a project. */
    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("projects", projects.list());
        model.addAttribute("samples", workspace.samples());
        model.addAttribute("folders", workspace.folders());
        model.addAttribute("workspaceRoot", workspace.root().toString());
        model.addAttribute("trashFolder", workspace.trashDir().toString());
        model.addAttribute("step", 1);
        return "home";
    }

    @PostMapping("/projects")
    String create(@RequestParam(required = false) String sample, @RequestParam(required = false) String folder,
                  @RequestParam(required = false) String name) {
        Project project = sample != null && !sample.isBlank() ? projects.fromSample(sample)
                : projects.fromFolder(folder, name);
        if (editor.hasPlan(project)) {
            return "redirect:/projects/" + project.id() + "/plan";
        }
        analyses.start(project);
        return "redirect:/projects/" + project.id() + "/analysis";
    }

    @PostMapping("/projects/upload")
    String upload(@RequestParam("archive") MultipartFile archive, @RequestParam(required = false) String name)
            throws IOException {
        if (archive.isEmpty()) {
            throw new IllegalArgumentException("the upload is empty: choose a zip file of the monolith's sources");
        }
        Project project;
        try (InputStream in = archive.getInputStream()) {
            project = projects.fromUpload(archive.getOriginalFilename(), in, name);
        }
        analyses.start(project);
        return "redirect:/projects/" + project.id() + "/analysis";
    }

    @GetMapping("/projects/{id}")
    String open(@PathVariable String id) {
        Project project = projects.get(id);
        return editor.hasPlan(project) ? "redirect:/projects/" + id + "/plan" : "redirect:/projects/" + id + "/analysis";
    }

    @PostMapping("/projects/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes flash) throws IOException {
        Project project = projects.get(id);
        Path kept = projects.remove(id);
        flash.addFlashAttribute("notice", "Project '" + project.name() + "' removed from the list; its plans and"
                + " history are kept in " + kept + " and its sources were not touched.");
        return "redirect:/";
    }

    /** Step 2: analysis with progress. */
    @GetMapping("/projects/{id}/analysis")
    String analysis(@PathVariable String id, Model model) {
        Project project = projects.get(id);
        progressModel(project, analyses.status(project), model);
        model.addAttribute("step", 2);
        return "analysis";
    }

    /** The progress fragment, polled by the analysis page; sends the browser on when the analysis is done. */
    @GetMapping("/projects/{id}/analysis/progress")
    String progress(@PathVariable String id, Model model, HttpServletResponse response) {
        Project project = projects.get(id);
        AnalysisStatus status = analyses.status(project);
        if (status.state() == AnalysisStatus.State.DONE && editor.hasPlan(project)) {
            response.setHeader("HX-Redirect", "/projects/" + id + "/plan");
        }
        progressModel(project, status, model);
        return "analysis :: progress";
    }

    /** The status, and once it is over what analyzing again would replace (asked before it does). */
    private void progressModel(Project project, AnalysisStatus status, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("status", status);
        boolean over = status.finished() || status.state() == AnalysisStatus.State.NONE;
        model.addAttribute("changes", over ? changes.since(project).orElse(null) : null);
    }

    @PostMapping("/projects/{id}/analysis")
    String analyze(@PathVariable String id) {
        analyses.start(projects.get(id));
        return "redirect:/projects/" + id + "/analysis";
    }

    /** Steps 3 and 4: the proposal, edited by drag and drop. */
    @GetMapping("/projects/{id}/plan")
    String plan(@PathVariable String id, Model model) {
        Project project = projects.get(id);
        if (!editor.hasPlan(project)) {
            return "redirect:/projects/" + id + "/analysis";
        }
        Editor.View view = editor.view(project);
        Plan plan = view.plan().plan();
        model.addAttribute("project", project);
        model.addAttribute("version", view.plan());
        model.addAttribute("plan", plan);
        model.addAttribute("columns", PlanPage.columns(plan, view.graph()));
        model.addAttribute("metrics", PlanPage.metrics(plan.metrics()));
        List<HistoryEntry> history = new ArrayList<>(editor.store(project).history());
        Collections.reverse(history);
        model.addAttribute("history", history.subList(0, Math.min(12, history.size())));
        model.addAttribute("step", 3);
        return "plan";
    }

    /** Step 5: the operations that cross each pair of services, and the services' settings. */
    @GetMapping("/projects/{id}/wiring")
    String wiring(@PathVariable String id, Model model) {
        Project project = projects.get(id);
        if (!editor.hasPlan(project)) {
            return "redirect:/projects/" + id + "/analysis";
        }
        Editor.View view = editor.view(project);
        model.addAttribute("project", project);
        model.addAttribute("version", view.plan());
        model.addAttribute("plan", view.plan().plan());
        CallSites.Found sites = callSites.in(project, view.graph(),
                WiringPage.callers(view.plan().plan(), view.graph()));
        model.addAttribute("rows", WiringPage.rows(view.plan().plan(), view.graph(), sites.sites()));
        model.addAttribute("sitesTrouble", sites.trouble());
        model.addAttribute("baseImageKey", PlanEdits.BASE_IMAGE);
        model.addAttribute("step", 5);
        return "wiring";
    }

    @PostMapping("/projects/{id}/services/{service}/settings")
    String settings(@PathVariable String id, @PathVariable String service, @RequestParam long version,
                    @RequestParam String name, @RequestParam(defaultValue = "0") String port,
                    @RequestParam(defaultValue = "") String baseImage, RedirectAttributes flash)
            throws StalePlanException {
        Project project = projects.get(id);
        int portNumber = port(port);
        String newName = name.strip().equals(service) ? service : ServiceNames.checked(name);
        VersionedPlan saved = editor.edit(project, version, "settings of " + service, (graph, plan) -> {
            Plan edited = PlanEdits.settings(plan, service, portNumber, baseImage);
            return newName.equals(service) ? edited : PlanEdits.rename(graph, edited, service, newName);
        });
        flash.addFlashAttribute("notice", "Saved the settings of " + newName + " (version " + saved.version() + ").");
        return "redirect:/projects/" + id + "/wiring";
    }

    /**
     * Switches how one service reaches a class of another: {@code local} (its own copy over the shared database),
     * {@code remote} (an HTTP call) or {@code default}.
     */
    @PostMapping("/projects/{id}/wiring/access")
    String access(@PathVariable String id, @RequestParam long version, @RequestParam String from,
                  @RequestParam String type, @RequestParam String access, RedirectAttributes flash)
            throws StalePlanException {
        Project project = projects.get(id);
        Access mode = switch (access) {
            case "local" -> Access.LOCAL;
            case "remote" -> Access.REMOTE;
            case "default" -> null;
            default -> throw new IllegalArgumentException("access '" + access + "' is not one of local, remote,"
                    + " default");
        };
        String simple = type.substring(type.lastIndexOf('.') + 1);
        VersionedPlan saved = editor.edit(project, version, from + " reaches " + simple + " " + access,
                (graph, plan) -> PlanEdits.access(graph, plan, from, type, mode));
        String how = mode == null ? "as by default" : mode == Access.LOCAL ? "through its own copy" : "over HTTP";
        flash.addFlashAttribute("notice", from + " now reaches " + simple + " " + how + " (version "
                + saved.version() + ").");
        return "redirect:/projects/" + id + "/wiring";
    }

    /** Step 6: generate, look at the tree, download. */
    @GetMapping("/projects/{id}/generate")
    String generatePage(@PathVariable String id, Model model) {
        Project project = projects.get(id);
        if (!editor.hasPlan(project)) {
            return "redirect:/projects/" + id + "/analysis";
        }
        model.addAttribute("project", project);
        model.addAttribute("version", editor.view(project).plan());
        Optional<Generations.Generated> latest = generations.latest(project);
        model.addAttribute("generated", latest.orElse(null));
        model.addAttribute("tree", latest.map(g -> tree(g.files())).orElse(Map.of()));
        model.addAttribute("step", 6);
        return "generate";
    }

    @PostMapping("/projects/{id}/generate")
    String generate(@PathVariable String id, RedirectAttributes flash) {
        Project project = projects.get(id);
        Generations.Generated result = generations.generate(project);
        flash.addFlashAttribute("notice", "Generated " + result.files().size() + " files from plan version "
                + result.planVersion() + " (" + result.written() + " written, " + result.deleted() + " deleted).");
        return "redirect:/projects/" + id + "/generate";
    }

    /** The current plan as the CLI and the CI gate read it: commit it beside the code for {@code cleave check}. */
    @GetMapping("/projects/{id}/plan.json")
    ResponseEntity<String> planFile(@PathVariable String id) {
        Project project = projects.get(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cleave-plan.json\"")
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .body(PlanJson.toJson(editor.view(project).plan().plan()));
    }

    @GetMapping("/projects/{id}/download.zip")
    ResponseEntity<StreamingResponseBody> download(
            @PathVariable String id) {
        Project project = projects.get(id);
        if (generations.latest(project).isEmpty()) {
            throw new IllegalStateException("nothing generated yet for '" + project.name()
                    + "': generate the services first");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-services.zip\"")
                .header(HttpHeaders.CONTENT_TYPE, "application/zip")
                .body(out -> generations.zip(project, out));
    }

    /** Files grouped by module: {@code services/<name>}, another top folder, or "" for the top level. */
    static Map<String, List<String>> tree(List<String> files) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (String f : files) {
            String[] parts = f.split("/");
            String group = parts.length == 1 ? "" : parts[0].equals("services") && parts.length > 2
                    ? parts[0] + "/" + parts[1] : parts[0];
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(f);
        }
        return groups;
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port '" + text + "' is not a TCP port: give 1..65535, or 0 to let"
                    + " Cleave choose");
        }
    }
}
