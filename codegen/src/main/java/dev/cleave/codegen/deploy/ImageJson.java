package dev.cleave.codegen.deploy;

import java.util.List;
import java.util.stream.Collectors;

/** The JSON documents of a {@code docker save} tarball, written with sorted keys and no whitespace. */
final class ImageJson {
    private static final String EPOCH = "1970-01-01T00:00:00Z";

    private ImageJson() {
    }

    /** The image configuration: environment, one history entry and one diff id per layer, creation time 0. */
    static String config(List<String> diffIds, List<String> layerDescriptions, String path, String javaHome) {
        String env = array(List.of("PATH=" + path, "JAVA_HOME=" + javaHome, "LANG=C.UTF-8"));
        String history = layerDescriptions.stream()
                .map(d -> "{\"created\":\"" + EPOCH + "\",\"created_by\":" + string("cleave BaseImages: " + d) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        String ids = array(diffIds.stream().map(id -> "sha256:" + id).toList());
        return "{\"architecture\":" + string(architecture())
                + ",\"config\":{\"Env\":" + env + ",\"WorkingDir\":\"/\"}"
                + ",\"created\":\"" + EPOCH + "\""
                + ",\"history\":" + history
                + ",\"os\":\"linux\""
                + ",\"rootfs\":{\"diff_ids\":" + ids + ",\"type\":\"layers\"}}";
    }

    /** {@code manifest.json}: one image, its config file and its layer files in order. */
    static String manifest(String configName, List<String> layerNames) {
        return "[{\"Config\":" + string(configName) + ",\"Layers\":" + array(layerNames)
                + ",\"RepoTags\":[\"cleave/local-base:latest\"]}]";
    }

    /** The running JVM's architecture in the names images use (amd64, arm64...). */
    static String architecture() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }

    private static String array(List<String> values) {
        return values.stream().map(ImageJson::string).collect(Collectors.joining(",", "[", "]"));
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
