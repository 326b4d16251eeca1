package dev.cleave.maven;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.GraphJson;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.nio.file.Path;

/**
 * Analyzes the build's sources with its compile classpath and writes {@code target/cleave/graph.json}; later
 * Cleave goals of the same build read it instead of analyzing again.
 */
@Mojo(name = "analyze", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class AnalyzeMojo extends CleaveMojo {
    @Override
    void run(Reactor reactor) {
        long start = System.nanoTime();
        CodeGraph graph = graph(reactor);
        Path file = outputDirectory(reactor).resolve(GRAPH_FILE);
        GraphJson.write(graph, file);
        getLog().info(String.format(java.util.Locale.ROOT, "Cleave: wrote %s (%d types, %d edges, %.1f s)", file,
                graph.nodes().size(), graph.edges().size(), (System.nanoTime() - start) / 1e9));
    }
}
