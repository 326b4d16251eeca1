package dev.cleave.codegen.internal.emit;

import dev.cleave.codegen.GenerationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The settings files of a runnable module (a service, the database): its generated {@code application.properties}
 * ({@link AppProperties}), and the monolith's other settings files, {@code application.yml} and the profile files
 * ({@code application-<profile>.properties}, {@code .yml}, {@code .yaml}), each without the keys Cleave sets.
 *
 * <p>Spring Boot lets a profile's settings win over {@code application.properties}: a profile file of the monolith
 * that sets {@code spring.datasource.url} or {@code spring.sql.init.mode} would otherwise give every service a
 * database of its own, or set the shared one up again. Files without such keys are copied unchanged; YAML files
 * that have some in a profile's document are written again without them (their comments are lost); the main YAML
 * file's default document keeps them, as {@code application.properties} outranks it.
 */
final class SettingsFiles {
    private static final Pattern PROFILE_FILE = Pattern.compile("application-[^/]+\\.(properties|ya?ml)");

    private SettingsFiles() {
    }

    /** Whether a resource (relative to the resources folder) is a profile's settings file. */
    static boolean isProfileFile(String resource) {
        return PROFILE_FILE.matcher(resource).matches();
    }

    /** Writes the module's settings files into {@code <module>/src/main/resources}. */
    static void write(Context c, String module, String title, List<String[]> settings, OutputTree out) {
        Map<String, String> cleave = AppProperties.settings(settings);
        String resources = module + "/src/main/resources/";
        out.text(resources + "application.properties", AppProperties.of(c.monolithProperties(), title, cleave));
        for (String file : Resources.list(c.resources())) {
            boolean yaml = file.equals(c.monolithSettings().yamlFile());
            if (!yaml && !isProfileFile(file)) {
                continue;
            }
            String text = new String(Resources.read(c.resources().resolve(file)), StandardCharsets.UTF_8);
            String kept = file.endsWith(".properties") ? withoutKeys(text, cleave.keySet())
                    : yamlWithoutKeys(file, text, cleave.keySet(), yaml);
            out.text(resources + file, kept);
        }
    }

    /**
     * A properties text without the entries of the given keys (logical lines: a removed entry's continuation lines
     * go with it); comments and everything else as written.
     */
    static String withoutKeys(String properties, Set<String> keys) {
        StringBuilder out = new StringBuilder();
        List<String> lines = properties.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int last = i;
            while (last < lines.size() - 1 && continues(lines.get(last)) && !comment(lines.get(i))) {
                last++;
            }
            if (!keys.contains(key(lines.get(i)))) {
                for (int j = i; j <= last; j++) {
                    out.append(lines.get(j)).append('\n');
                }
            }
            i = last;
        }
        return out.toString();
    }

    /** The key of a properties line ({@code key=value}, {@code key: value}, {@code key value}); "" for comments. */
    static String key(String line) {
        String l = line.stripLeading();
        if (l.isEmpty() || comment(l)) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < l.length(); i++) {
            char ch = l.charAt(i);
            if (ch == '\\' && i + 1 < l.length()) {
                key.append(l.charAt(++i));
            } else if (ch == '=' || ch == ':' || Character.isWhitespace(ch)) {
                break;
            } else {
                key.append(ch);
            }
        }
        return key.toString();
    }

    private static boolean comment(String line) {
        String l = line.stripLeading();
        return l.startsWith("#") || l.startsWith("!");
    }

    /** Whether a properties line goes on in the next one (an odd number of trailing backslashes). */
    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /**
     * A YAML text without the given dotted keys; the text itself when it has none of them. In the main file
     * ({@code profileDocumentsOnly}) only the documents that activate on a profile lose them: its default document
     * is outranked by {@code application.properties} anyway, and stays as written.
     */
    static String yamlWithoutKeys(String file, String text, Set<String> keys, boolean profileDocumentsOnly) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        List<Object> documents = new ArrayList<>();
        boolean removed = false;
        try {
            for (Object document : new Yaml(new SafeConstructor(options)).loadAll(text)) {
                if (document instanceof Map<?, ?> map && (!profileDocumentsOnly || onProfile(map))) {
                    Map<Object, Object> copy = copy(map);
                    for (String key : keys) {
                        removed |= remove(copy, "", key);
                    }
                    documents.add(copy);
                } else {
                    documents.add(document);
                }
            }
        } catch (RuntimeException e) {
            throw new GenerationException("cannot read the monolith's " + file + ": " + e.getMessage()
                    + "; fix the YAML", e);
        }
        if (!removed) {
            return text;
        }
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setIndent(2);
        Yaml yaml = new Yaml(new Representer(dump), dump);
        return "# Generated by Cleave from the monolith's " + file + ", without the settings Cleave sets\n"
                + yaml.dumpAll(documents.iterator());
    }

    /** Whether a YAML document activates on a profile ({@code spring.config.activate.on-profile}, {@code spring.profiles}). */
    private static boolean onProfile(Map<?, ?> document) {
        Map<Object, Object> copy = copy(document);
        return remove(copy, "", "spring.config.activate.on-profile") || remove(copy, "", "spring.profiles");
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> copy(Map<?, ?> map) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? copy(m) : v));
        return copy;
    }

    /**
     * Removes dotted {@code key} from a YAML mapping, whichever way it is nested ({@code spring: {datasource: {url}}},
     * {@code spring.datasource: {url}}, {@code spring.datasource.url}); mappings it leaves empty go too.
     */
    @SuppressWarnings("unchecked")
    private static boolean remove(Map<Object, Object> map, String prefix, String key) {
        boolean removed = false;
        for (Object k : new ArrayList<>(map.keySet())) {
            String path = prefix + k;
            if (path.equals(key)) {
                map.remove(k);
                removed = true;
            } else if (key.startsWith(path + ".") && map.get(k) instanceof Map<?, ?> child) {
                if (remove((Map<Object, Object>) child, path + ".", key)) {
                    removed = true;
                    if (child.isEmpty()) {
                        map.remove(k);
                    }
                }
            }
        }
        return removed;
    }
}
