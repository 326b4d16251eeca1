package dev.cleave.codegen.internal.source;

import dev.cleave.codegen.GenerationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The monolith's own settings: {@code src/main/resources/application.properties} as text (generated services start
 * from it) and {@code application.yml}/{@code .yaml}, which the services keep as a file of their own; lookups read
 * both the way Spring Boot does ({@code .properties} wins over YAML in the same place). YAML documents that activate
 * only for a profile are left out of lookups.
 *
 * @param properties the {@code application.properties} text, {@code ""} when there is none
 * @param yamlFile   the YAML file's name ({@code application.yml}), null when there is none
 * @param yaml       the default-profile YAML settings flattened to dotted keys ({@code a.b[0].c})
 */
public record MonolithSettings(String properties, String yamlFile, Map<String, String> yaml) {

    public static MonolithSettings read(Path resources) {
        String properties = text(resources.resolve("application.properties"));
        for (String name : List.of("application.yml", "application.yaml")) {
            Path file = resources.resolve(name);
            if (Files.isRegularFile(file)) {
                return new MonolithSettings(properties, name, flatten(file));
            }
        }
        return new MonolithSettings(properties, null, Map.of());
    }

    /** The value of {@code key}: from application.properties, else from the YAML; null when neither sets it. */
    public String value(String key) {
        String value = DataSetup.value(properties, key);
        return value != null ? value : yaml.get(key);
    }

    private static Map<String, String> flatten(Path file) {
        Map<String, String> flat = new TreeMap<>();
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        try {
            for (Object document : new Yaml(new SafeConstructor(options)).loadAll(Files.readString(file))) {
                if (document instanceof Map<?, ?> map && !profileOnly(map)) {
                    flatten("", map, flat);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new GenerationException("cannot read " + file + ": " + e.getMessage() + "; fix the YAML", e);
        }
        return flat;
    }

    private static boolean profileOnly(Map<?, ?> document) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", document, flat);
        return flat.containsKey("spring.config.activate.on-profile") || flat.containsKey("spring.profiles");
    }

    private static void flatten(String prefix, Object value, Map<String, String> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, flat));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else {
            flat.put(prefix, value == null ? "" : String.valueOf(value));
        }
    }

    private static String text(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new GenerationException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
