package dev.cleave.codegen.internal.emit;

import java.util.List;
import java.util.Map;

/**
 * The seam for {@code dev.cleave.codegen.deploy} (container images, Kubernetes, compose): it adds build plugins and
 * properties to the poms and deploy files to the output. {@link JibDeployHook} is the generator's; {@link #NONE}
 * adds nothing.
 */
public interface DeployHook {
    DeployHook NONE = new DeployHook() {
    };

    /** Extra {@code <plugin>} elements for the pom of a runnable module ({@code services/orders}, {@code gateway}). */
    default String buildPlugins(String module, String artifactId) {
        return "";
    }

    /**
     * Extra pom properties of a module, sorted by the caller.
     *
     * @param mainClass the module's main class; null for a library module
     */
    default Map<String, String> properties(String module, String mainClass) {
        return Map.of();
    }

    /** Adds deploy files (relative to the output root) for the given runnable modules. */
    default void addFiles(OutputTree out, List<String> modules) {
    }
}
