package dev.cleave.codegen.deploy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How images are named and built, and where the services' database comes from.
 *
 * @param baseImage        Jib base image: a registry reference ({@code eclipse-temurin:17-jre}) or a local
 *                         {@code docker save} tarball ({@code tar:///abs/path/base.tar}, see {@link BaseImages})
 * @param imagePrefix      prefix of every image name, usually a registry path ending in {@code /} ({@code cleave/},
 *                         {@code registry.example.com/shop/}); may be empty
 * @param imageTag         tag of every image, the same in the Jib configuration, the manifests and the compose file
 *                         ({@code 0.1.0}); never {@code latest}: with {@code imagePullPolicy: IfNotPresent} a moving tag
 *                         runs whatever image a node happens to have cached
 * @param jvmFlags         JVM flags of the container's {@code java} command, in order
 * @param externalDatabase true when the services use a database run outside the system: no database unit is deployed
 *                         and every service reads {@code SPRING_DATASOURCE_URL}, {@code _USERNAME} and
 *                         {@code _PASSWORD} from the Secret {@code <system>-database}
 */
public record DeployOptions(String baseImage, String imagePrefix, String imageTag, List<String> jvmFlags,
                            boolean externalDatabase) {
    /**
     * Default base image: a JRE 17 from Docker Hub. Nothing generated relies on tools in it besides {@code java}
     * (Kubernetes probes are HTTP GETs from the kubelet; compose has no health checks).
     */
    public static final String DEFAULT_BASE_IMAGE = "eclipse-temurin:17-jre";
    /** Key of a plan service's settings that names its own base image, instead of {@link #baseImage}. */
    public static final String BASE_IMAGE_SETTING = "baseImage";
    /** Version of the generated Maven projects; the default image tag is this without {@code -SNAPSHOT}. */
    public static final String DEFAULT_PROJECT_VERSION = "0.1.0-SNAPSHOT";
    /**
     * User and group id every container runs as: the {@code nonroot} user of the local base image, Jib's
     * {@code <container><user>}, {@code runAsUser}/{@code runAsGroup} in the manifests and {@code user} in compose.
     * 65532 is the non-root id of the distroless images; it owns nothing in the image, so the application cannot
     * change its own files.
     */
    public static final int CONTAINER_USER_ID = 65532;

    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern PREFIX = Pattern.compile("([a-z0-9][a-z0-9._:-]*(/[a-z0-9][a-z0-9._-]*)*/)?");
    private static final String SNAPSHOT = "-SNAPSHOT";

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
        if (imageTag.toLowerCase(Locale.ROOT).equals("latest")) {
            throw new IllegalArgumentException("imageTag 'latest' is refused: with imagePullPolicy IfNotPresent a"
                    + " moving tag runs whatever image a node has cached, and a rollback has nothing to go back to;"
                    + " use the projects' version (" + tagOf(DEFAULT_PROJECT_VERSION) + ") or another fixed tag");
        }
        jvmFlags = jvmFlags == null ? List.of() : List.copyOf(jvmFlags);
    }

    /** Options with the services' database deployed with them ({@code externalDatabase} false). */
    public DeployOptions(String baseImage, String imagePrefix, String imageTag, List<String> jvmFlags) {
        this(baseImage, imagePrefix, imageTag, jvmFlags, false);
    }

    /**
     * Defaults: base {@value #DEFAULT_BASE_IMAGE}, images {@code cleave/<name>:0.1.0} (the tag of
     * {@value #DEFAULT_PROJECT_VERSION}), JVM flags that size the heap from the container's memory limit and stop the
     * JVM on an out-of-memory error (so the orchestrator restarts it), and the database deployed with the services.
     */
    public static DeployOptions defaults() {
        return new DeployOptions(DEFAULT_BASE_IMAGE, "cleave/", tagOf(DEFAULT_PROJECT_VERSION),
                List.of("-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError"), false);
    }

    /** The image tag of a Maven project version: the version without {@code -SNAPSHOT} ({@code 0.1.0-SNAPSHOT} → {@code 0.1.0}). */
    public static String tagOf(String projectVersion) {
        Objects.requireNonNull(projectVersion, "projectVersion");
        return projectVersion.endsWith(SNAPSHOT)
                ? projectVersion.substring(0, projectVersion.length() - SNAPSHOT.length())
                : projectVersion;
    }

    /** A copy with another base image, e.g. a {@code tar://} base built by {@link BaseImages#buildLocalBase}. */
    public DeployOptions withBaseImage(String image) {
        return new DeployOptions(image, imagePrefix, imageTag, jvmFlags, externalDatabase);
    }

    /** A copy tagging images with the given tag ({@code 1.4.0}); {@code latest} is refused. */
    public DeployOptions withImageTag(String tag) {
        return new DeployOptions(baseImage, imagePrefix, tag, jvmFlags, externalDatabase);
    }

    /** A copy tagging images with {@link #tagOf the tag of} the generated projects' Maven version. */
    public DeployOptions withProjectVersion(String projectVersion) {
        return withImageTag(tagOf(projectVersion));
    }

    /** A copy with the database outside the system (true) or deployed with it (false). */
    public DeployOptions withExternalDatabase(boolean external) {
        return new DeployOptions(baseImage, imagePrefix, imageTag, jvmFlags, external);
    }

    /** The image reference of a unit: prefix + name + ":" + tag. */
    String image(DeployUnit unit) {
        return imagePrefix + unit.name() + ":" + imageTag;
    }

    /** {@code 65532:65532}: the container's user and group. */
    static String containerUser() {
        return CONTAINER_USER_ID + ":" + CONTAINER_USER_ID;
    }
}
