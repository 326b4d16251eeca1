package dev.cleave.codegen.internal.source;

import dev.cleave.codegen.GenerationException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The monolith's own settings, looked up the way Spring Boot does when the monolith starts with what its files say.
 *
 * <p>{@code src/main/resources/application.properties} as text (generated services start from it) and
 * {@code application.yml}/{@code .yaml}, which the services keep as a file of their own ({@code .properties} wins
 * over YAML in the same place). The profiles the files activate ({@code spring.profiles.active}, else
 * {@code spring.profiles.default}, else Boot's {@code default}; with {@code spring.profiles.include} before them and
 * {@code spring.profiles.group.*} expanded) bring in their own settings, which win over the base ones, the last
 * profile winning: {@code application-<profile>.properties}, {@code application-<profile>.yml} and the YAML documents
 * that activate on that profile ({@code spring.config.activate.on-profile}, or the older {@code spring.profiles}).
 * Profiles chosen outside the files (an environment variable, a command-line argument) and profile expressions
 * ({@code !prod}, {@code a & b}) are not known here.
 *
 * @param properties     the {@code application.properties} text, {@code ""} when there is none
 * @param yamlFile       the YAML file's name ({@code application.yml}), null when there is none
 * @param yaml           the default-profile YAML settings flattened to dotted keys ({@code a.b[0].c})
 * @param profiles       the active profiles in the order they apply (a later one wins); empty when none is named
 * @param profileValues  per profile, its settings flattened (its properties file over its YAML file over its YAML
 *                       documents)
 */
public record MonolithSettings(String properties, String yamlFile, Map<String, String> yaml, List<String> profiles,
                               Map<String, Map<String, String>> profileValues) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    public MonolithSettings {
        profiles = List.copyOf(profiles);
        profileValues = Map.copyOf(profileValues);
    }

    /** Settings without profiles: the base properties text and YAML only. */
    public MonolithSettings(String properties, String yamlFile, Map<String, String> yaml) {
        this(properties, yamlFile, yaml, List.of(), Map.of());
    }

    public static MonolithSettings read(Path resources) {
        String properties = text(resources.resolve("application.properties"));
        String yamlFile = null;
        Map<String, String> yaml = Map.of();
        Map<String, Map<String, String>> byProfile = new TreeMap<>();
        for (String name : List.of("application.yml", "application.yaml")) {
            Path file = resources.resolve(name);
            if (Files.isRegularFile(file)) {
                yamlFile = name;
                yaml = flatten(file, byProfile);
                break;
            }
        }
        MonolithSettings base = new MonolithSettings(properties, yamlFile, yaml);
        List<String> profiles = base.activeProfiles();
        Map<String, Map<String, String>> values = new TreeMap<>();
        for (String profile : profiles) {
            Map<String, String> merged = new TreeMap<>(byProfile.getOrDefault(profile, Map.of()));
            for (String extension : List.of("yaml", "yml")) {
                Path file = resources.resolve("application-" + profile + "." + extension);
                if (Files.isRegularFile(file)) {
                    merged.putAll(flatten(file, new TreeMap<>()));
                }
            }
            merged.putAll(properties(resources.resolve("application-" + profile + ".properties")));
            values.put(profile, merged);
        }
        return new MonolithSettings(properties, yamlFile, yaml, profiles, values);
    }

    /** The value of {@code key}: from the active profiles (the last first), then application.properties, then YAML. */
    public String value(String key) {
        for (int i = profiles.size() - 1; i >= 0; i--) {
            String value = relaxed(profileValues.getOrDefault(profiles.get(i), Map.of()), key);
            if (value != null) {
                return value;
            }
        }
        String value = DataSetup.value(properties, key);
        if (value == null) {
            value = relaxed(propertiesMap(), key);
        }
        return value != null ? value : relaxed(yaml, key);
    }

    /**
     * The value of {@code key} in {@code values}, matched as Boot binds a file's names: exactly, else in another form
     * of the same name (camel case or dashes: {@code spring.dataSource.url} and {@code spring.data-source.url} set
     * {@code spring.datasource.url}); the last such key when several match.
     */
    private static String relaxed(Map<String, String> values, String key) {
        String exact = values.get(key);
        if (exact != null) {
            return exact;
        }
        String canonical = canonical(key);
        String found = null;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (canonical(e.getKey()).equals(canonical)) {
                found = e.getValue();
            }
        }
        return found;
    }

    private static String canonical(String key) {
        return key.toLowerCase(java.util.Locale.ROOT).replace("-", "");
    }

    /** application.properties' settings in the file's order (so "the last such key" above is the file's last). */
    private Map<String, String> propertiesMap() {
        Map<String, String> values = new LinkedHashMap<>();
        Properties p = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                values.remove((String) key);
                values.put((String) key, ((String) value).strip());
                return super.put(key, value);
            }
        };
        try {
            p.load(new StringReader(properties));
        } catch (IOException | IllegalArgumentException e) {
            return values;
        }
        return values;
    }

    /**
     * The value of {@code key} with its placeholders resolved from the other settings ({@code ${a.b}}), or their
     * defaults ({@code ${DB_URL:jdbc:h2:mem:app}}) when the settings do not name them; null when unset.
     */
    public String resolved(String key) {
        return resolve(value(key), new LinkedHashSet<>(List.of(key)));
    }

    private String resolve(String value, Set<String> seen) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int start = value.indexOf("${", at);
            int end = start < 0 ? -1 : value.indexOf('}', start);
            if (end < 0) {
                return out.append(value.substring(at)).toString();
            }
            String inner = value.substring(start + 2, end);
            int colon = inner.indexOf(':');
            String name = colon < 0 ? inner : inner.substring(0, colon);
            String found = seen.add(name) ? resolve(value(name), seen) : null;
            seen.remove(name);
            out.append(value, at, start).append(found != null ? found : colon < 0 ? "" : inner.substring(colon + 1));
            at = end + 1;
        }
    }

    /** The profiles the base settings activate, in the order Boot applies them (see the class comment). */
    private List<String> activeProfiles() {
        Set<String> profiles = new LinkedHashSet<>(names("spring.profiles.include"));
        List<String> active = names("spring.profiles.active");
        if (active.isEmpty()) {
            active = names("spring.profiles.default");
        }
        profiles.addAll(active.isEmpty() ? List.of("default") : active);
        List<String> expanded = new ArrayList<>();
        profiles.forEach(p -> expand(p, expanded));
        return expanded;
    }

    private void expand(String profile, List<String> into) {
        if (into.contains(profile)) {
            return;
        }
        into.add(profile);
        names("spring.profiles.group." + profile).forEach(member -> expand(member, into));
    }

    /** A comma-separated (or YAML list) setting of the base files as plain names; unresolvable entries left out. */
    private List<String> names(String key) {
        List<String> values = new ArrayList<>();
        String value = value(key);
        if (value != null) {
            values.addAll(List.of(value.split(",")));
        }
        for (int i = 0; yaml.containsKey(key + "[" + i + "]"); i++) {
            values.add(yaml.get(key + "[" + i + "]"));
        }
        return values.stream().map(String::strip).filter(v -> NAME.matcher(v).matches()).toList();
    }

    /**
     * The default-profile settings of a YAML file, flattened; the documents that activate on named profiles go into
     * {@code byProfile}, those that activate on a profile expression are left out.
     */
    private static Map<String, String> flatten(Path file, Map<String, Map<String, String>> byProfile) {
        Map<String, String> flat = new TreeMap<>();
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        try {
            for (Object document : new Yaml(new SafeConstructor(options)).loadAll(Files.readString(file))) {
                if (!(document instanceof Map<?, ?> map)) {
                    continue;
                }
                Map<String, String> values = new TreeMap<>();
                flatten("", map, values);
                List<String> onProfiles = onProfiles(values);
                if (onProfiles == null) {
                    flat.putAll(values);
                } else {
                    onProfiles.forEach(p -> byProfile.computeIfAbsent(p, k -> new TreeMap<>()).putAll(values));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new GenerationException("cannot read " + file + ": " + e.getMessage() + "; fix the YAML", e);
        }
        return flat;
    }

    /** The profiles a YAML document activates on; null for a document of the default profile. */
    private static List<String> onProfiles(Map<String, String> document) {
        List<String> named = new ArrayList<>();
        boolean conditional = false;
        for (String key : List.of("spring.config.activate.on-profile", "spring.profiles")) {
            for (Map.Entry<String, String> e : document.entrySet()) {
                if (e.getKey().equals(key) || e.getKey().startsWith(key + "[")) {
                    conditional = true;
                    for (String p : e.getValue().split(",")) {
                        if (NAME.matcher(p.strip()).matches()) {
                            named.add(p.strip());
                        }
                    }
                }
            }
        }
        return conditional ? named : null;
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

    private static Map<String, String> properties(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(Files.readString(file)));
            } catch (IOException | IllegalArgumentException e) {
                throw new GenerationException("cannot read " + file + ": " + e.getMessage() + "; fix the file", e);
            }
            p.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, p.getProperty(k).strip()));
        }
        return values;
    }

    private static String text(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new GenerationException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
