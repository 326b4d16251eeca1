package dev.cleave.maven;

import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.CacheReport;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.GraphJson;
import dev.cleave.pipeline.Stages;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every Cleave goal shares: skipping, the reactor's single run, the analysis parameters and the output folder.
 * Subclasses read their own parameters and call the pipeline; {@link Failures} turns its errors into messages.
 */
abstract class CleaveMojo extends AbstractMojo {
    static final String GRAPH_FILE = "graph.json";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Skips every Cleave goal. */
    @Parameter(property = "cleave.skip", defaultValue = "false")
    boolean skip;

    /** Where outputs go. Default: {@code target/cleave} of the top-level project. */
    @Parameter(property = "cleave.outputDirectory")
    File outputDirectory;

    /** Analyze test sources too. */
    @Parameter(property = "cleave.includeTests", defaultValue = "false")
    boolean includeTests;

    /** Latest git commits read for co-change edges; 0 turns history off. */
    @Parameter(property = "cleave.gitCommits", defaultValue = "1000")
    int gitCommits;

    /** Analyzer threads; 0 = all cores. */
    @Parameter(property = "cleave.threads", defaultValue = "0")
    int threads;

    /**
     * Folder of the incremental-analysis cache: a re-analysis parses and resolves only the files that changed and
     * those that depend on what changed. Default: {@code target/cleave/cache} of the top-level project.
     */
    @Parameter(property = "cleave.cache")
    File cacheDirectory;

    /** Analyze everything again and keep no cache. */
    @Parameter(property = "cleave.noCache", defaultValue = "false")
    boolean noCache;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Cleave: skipped (cleave.skip)");
            return;
        }
        Reactor reactor = new Reactor(session, project);
        if (!reactor.runsHere()) {
            getLog().info("Cleave: runs once for the whole build, in module " + reactor.runsIn());
            return;
        }
        try {
            run(reactor);
        } catch (RuntimeException e) {
            throw Failures.translate(e);
        }
    }

    abstract void run(Reactor reactor) throws MojoExecutionException, MojoFailureException;

    Path outputDirectory(Reactor reactor) {
        return outputDirectory != null ? outputDirectory.toPath() : reactor.buildDirectory().resolve("cleave");
    }

    AnalyzerOptions analyzerOptions(Reactor reactor) {
        AnalyzerOptions options = AnalyzerOptions.of(reactor.root()).withClasspath(reactor.compileClasspath())
                .withIncludeTests(includeTests).withGitCommits(gitCommits);
        options = noCache ? options.withoutCache()
                : cacheDirectory != null ? options.withCache(cacheDirectory.toPath()) : options.withDefaultCache();
        return threads > 0 ? options.withThreads(threads) : options;
    }

    /** The top-level project's committed {@code cleave-plan.json} when there is one, else the split goal's plan. */
    Path defaultPlan(Reactor reactor) {
        Path committed = reactor.root().resolve("cleave-plan.json");
        return Files.isRegularFile(committed) ? committed : outputDirectory(reactor).resolve("plan.json");
    }

    /** The graph written by the analyze goal earlier in this build, else a fresh analysis. */
    CodeGraph graph(Reactor reactor) {
        Path written = outputDirectory(reactor).resolve(GRAPH_FILE);
        if (Files.isRegularFile(written) && written.toFile().lastModified() >= session.getRequest().getStartTime()
                .getTime()) {
            getLog().info("Cleave: using " + written + " from this build");
            return GraphJson.read(written);
        }
        getLog().info("Cleave: analyzing " + reactor.root());
        CodeGraph graph = Stages.graph(reactor.root(), analyzerOptions(reactor), new ProgressListener() {
            @Override
            public void phase(String name, long totalUnits) {
            }

            @Override
            public void advance(long units) {
            }

            @Override
            public void cache(CacheReport report) {
                report.summary().lines().forEach(line -> getLog().info("Cleave: " + line));
            }
        });
        getLog().info("Cleave: " + graph.nodes().size() + " types, " + graph.edges().size() + " edges");
        return graph;
    }
}
