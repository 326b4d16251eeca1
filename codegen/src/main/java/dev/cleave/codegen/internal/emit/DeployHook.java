package dev.cleave.codegen.internal.emit;

/**
 * The seam for {@code dev.cleave.codegen.deploy} (container images, Kubernetes, compose): it adds build plugins to
 * each runnable module's pom and deploy files to the output. Until that package exists the generator uses
 * {@link #NONE} and generates nothing for deployment.
 */
public interface DeployHook {
    DeployHook NONE = new DeployHook() {
    };

    /** Extra {@code <plugin>} elements for the pom of a runnable module ({@code services/orders}, {@code gateway}). */
    default String buildPlugins(String module, String artifactId) {
        return "";
    }

    /** Adds deploy files (relative to the output root) for the given runnable modules. */
    default void addFiles(OutputTree out, java.util.List<String> modules) {
    }
}
