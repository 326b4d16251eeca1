package dev.cleave.bench.ui;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.GraphJson;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import dev.cleave.splitter.synthetic.SyntheticMonolith;
import dev.cleave.splitter.synthetic.SyntheticSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The wizard project the load runs against, written before the wizard starts: a generated monolith's graph and
 * its default split, as the wizard's analysis would have left them. The wizard adopts the plan as version 1 when
 * the project is first opened.
 */
final class Seed {
    /** The project's id, folder name and name. */
    static final String PROJECT = "load500";
    /** Noise of the split benchmark's graphs: 15 % of the edges between services cross planted services. */
    static final double NOISE = 0.15;

    private Seed() {
    }

    /** The project's folder in a workspace, where the wizard keeps its files. */
    static Path projectDir(Path workspace) {
        return workspace.resolve(".cleave-wizard").resolve("projects").resolve(PROJECT);
    }

    /**
     * Writes the project into {@code workspace}, and the same graph and plan into {@code corpus} for the load
     * client, which must not read the project's files once the wizard owns them.
     *
     * @return the plan written
     */
    static Plan write(Path workspace, Path corpus, int classes, long seed) throws IOException {
        CodeGraph graph = SyntheticMonolith.generate(SyntheticSpec.of(classes, NOISE, seed)).graph();
        Plan plan = Splitter.split(graph, SplitOptions.defaults());
        Path dir = Files.createDirectories(projectDir(workspace));
        Path source = Files.createDirectories(workspace.resolve("monolith")).toAbsolutePath();
        Files.writeString(dir.resolve("project.json"), Json.object("id", PROJECT, "name", PROJECT, "kind", "folder",
                "source", source.toString()) + System.lineSeparator());
        Files.createDirectories(corpus);
        for (Path target : new Path[] {dir, corpus}) {
            GraphJson.write(graph, target.resolve("graph.json"));
            PlanJson.write(plan, target.resolve("plan.json"));
        }
        return plan;
    }
}
