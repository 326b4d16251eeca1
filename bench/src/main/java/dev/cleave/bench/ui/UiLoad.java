package dev.cleave.bench.ui;

import dev.cleave.bench.split.Host;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.GraphJson;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The web wizard under load (issue 5, item 4), in two steps that {@code bench/run-ui-load.sh} runs around the
 * wizard's start:
 * <ul>
 *   <li>{@code seed --workspace DIR --corpus DIR}: writes the {@code load500} project (a generated monolith of
 *       {@code --classes} classes and its default split) into the workspace, before the wizard starts;</li>
 *   <li>{@code run --port N --corpus DIR}: {@code --clients} clients, each with its own session, send
 *       {@code --moves} what-if previews each, beside two baselines measured in the same run: as many
 *       {@code GET .../plan} calls (the cost of a cheap call through the same HTTP, security and JSON layers) and
 *       the same previews called in this JVM without HTTP. Each is warmed up first with {@code --warmup} untimed
 *       calls per client. Prints the table, writes it to {@code --report} and exits with 1 when any request
 *       failed (warm-up included).</li>
 * </ul>
 * Both steps accept all options and ignore those they do not use, so the script can pass its arguments to both.
 */
public final class UiLoad {
    private static final Set<String> OPTIONS = Set.of("--workspace", "--corpus", "--port", "--clients", "--moves",
            "--warmup", "--classes", "--seed", "--report");

    private UiLoad() {
    }

    /** What the run does: clients, timed and untimed requests per client, the graph's size, the random seed. */
    record Settings(int clients, int moves, int warmup, int classes, long seed) {
        static Settings of(Map<String, String> options) {
            return new Settings(number(options, "--clients", 20), number(options, "--moves", 1000),
                    number(options, "--warmup", 200), number(options, "--classes", 500),
                    number(options, "--seed", 1));
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Settings settings = Settings.of(options);
        Path corpus = Path.of(required(options, "--corpus"));
        if (args[0].equals("seed")) {
            Plan plan = Seed.write(Path.of(required(options, "--workspace")), corpus, settings.classes(),
                    settings.seed());
            System.out.printf(Locale.ROOT, "seeded project %s: %d classes in %d services, %d shared%n",
                    Seed.PROJECT, plan.metrics().classes(), plan.services().size(), plan.shared().size());
            return;
        }
        String report = run(corpus, Integer.parseInt(required(options, "--port")), settings);
        System.out.print(report);
        if (options.containsKey("--report")) {
            Files.writeString(Path.of(options.get("--report")), report);
        }
        System.exit(report.contains(LoadReport.FAILED) ? 1 : 0);
    }

    /**
     * The warm-up (both calls, untimed, moves of another seed), then the HTTP baseline and the what-if previews in
     * the order plan, preview, preview, plan, half of the requests each time, so that neither call gets all of a
     * drift in the machine's load or the wizard's warming up; then the in-process baseline with the wizard idle.
     */
    private static String run(Path corpus, int port, Settings settings) throws Exception {
        CodeGraph graph = GraphJson.read(corpus.resolve("graph.json"));
        Plan plan = PlanJson.read(corpus.resolve("plan.json"));
        LoadReport report = new LoadReport(graph, plan, settings);
        List<WizardSession> sessions = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            sessions.add(new WizardSession(port).open());
        }
        int clients = settings.clients();
        for (Load.Call call : List.of(Load.Call.PLAN, Load.Call.PREVIEW)) {
            report.addWarmup(Load.run(call, sessions, Load.streams(plan, warmupSeed(settings), clients),
                    settings.warmup()));
        }
        int half = settings.moves() / 2;
        List<Moves> planStreams = Load.streams(plan, settings.seed(), clients);
        List<Moves> previewStreams = Load.streams(plan, settings.seed(), clients);
        Load.Result plans = Load.run(Load.Call.PLAN, sessions, planStreams, half);
        Load.Result previews = Load.run(Load.Call.PREVIEW, sessions, previewStreams, half);
        previews = previews.plus(Load.run(Load.Call.PREVIEW, sessions, previewStreams, settings.moves() - half));
        plans = plans.plus(Load.run(Load.Call.PLAN, sessions, planStreams, settings.moves() - half));
        report.add(previews);
        report.add(plans);
        double before = Host.load();
        long cpu0 = Load.cpuNanos();
        long[] direct = InProcess.previews(graph, plan, settings.seed(), warmupSeed(settings), clients,
                settings.warmup(), settings.moves());
        report.addInProcess(direct, clients, settings.moves(), Load.cpuNanos() - cpu0, before, Host.load());
        return report.render();
    }

    private static Map<String, String> options(String[] args) {
        if (args.length == 0 || !(args[0].equals("seed") || args[0].equals("run"))) {
            throw new IllegalArgumentException("usage: UiLoad seed|run --corpus DIR [options]");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i]
                        + " (options: " + new java.util.TreeSet<>(OPTIONS) + ")");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** The warm-up's moves: streams of their own, never those of the timed clients. */
    private static long warmupSeed(Settings settings) {
        return settings.seed() + 1_000_000L;
    }

    private static int number(Map<String, String> options, String name, int otherwise) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : otherwise;
    }
}
