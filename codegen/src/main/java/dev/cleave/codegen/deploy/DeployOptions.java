package dev.cleave.codegen.deploy;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How images are named and built.
 *
 * @param baseImage   Jib base image: a registry reference ({@code eclipse-temurin:17-jre}) or a local
 *                    {@code docker save} tarball ({@code tar:///abs/path/base.tar}, see {@link BaseImages})
 * @param imagePrefix prefix of every image name, usually a registry path ending in {@code /} ({@code cleave/},
 *                    {@code registry.example.com/shop/}); may be empty
 * @param imageTag    tag of every image ({@code latest}, {@code 1.4.0})
 * @param jvmFlags    JVM flags of the container's {@code java} command, in order
 */
public record DeployOptions(String baseImage, String imagePrefix, String imageTag, List<String> jvmFlags) {
    /**
     * Default base image: a JRE 17 from Docker Hub. Nothing generated relies on tools in it besides {@code java}
     * (Kubernetes probes are HTTP GETs from the kubelet; compose has no health checks).
     */
    public static final String DEFAULT_BASE_IMAGE = "eclipse-temurin:17-jre";
    /** Key of a plan service's settings that names its own base image, instead of {@link #baseImage}. */
    public static final String BASE_IMAGE_SETTING = "baseImage";

    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern PREFIX = Pattern.compile("([a-z0-9][a-z0-9._:-]*(/[a-z0-9][a-z0-9._-]*)*/)?");

    public DeployOptions {
        Objects.requireNonNull(baseImage, "baseImage");
        if (baseImage.isBlank() || baseImage.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("baseImage '" + baseImage + "' must be an image reference or tar:// path");
        }
        imagePrefix = imagePrefix == null ? "" : imagePrefix;
        if (!PREFIX.matcher(imagePrefix).matches()) {
            throw new IllegalArgumentException("imagePrefix '" + imagePrefix
                    + "' must be empty or lower-case path segments each followed by '/' (cleave/)");
        }
        Objects.requireNonNull(imageTag, "imageTag");
        if (!TAG.matcher(imageTag).matches()) {
            throw new IllegalArgumentException("imageTag '" + imageTag + "' must match " + TAG.pattern());
        }
        jvmFlags = jvmFlags == null ? List.of() : List.copyOf(jvmFlags);
    }

    /**
     * Defaults: base {@value #DEFAULT_BASE_IMAGE}, images {@code cleave/<name>:latest}, and JVM flags that size the
     * heap from the container's memory limit and stop the JVM on an out-of-memory error (so the orchestrator restarts
     * it).
     */
    public static DeployOptions defaults() {
        return new DeployOptions(DEFAULT_BASE_IMAGE, "cleave/", "latest",
                List.of("-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError"));
    }

    /** A copy with another base image, e.g. a {@code tar://} base built by {@link BaseImages#buildLocalBase}. */
    public DeployOptions withBaseImage(String image) {
        return new DeployOptions(image, imagePrefix, imageTag, jvmFlags);
    }

    /** The image reference of a unit: prefix + name + ":" + tag. */
    String image(DeployUnit unit) {
        return imagePrefix + unit.name() + ":" + imageTag;
    }
}
