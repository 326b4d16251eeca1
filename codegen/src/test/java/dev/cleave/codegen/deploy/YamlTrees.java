package dev.cleave.codegen.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Deploy files read as YAML the way Kubernetes and compose read them: documents as maps, and the paths into them that
 * the tests look at. Public for the generator's tests.
 */
public final class YamlTrees {
    private YamlTrees() {
    }

    /** Every document of a (multi-document) YAML text; an empty document is left out. */
    public static List<Map<String, Object>> documents(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        new Yaml(new LoaderOptions()).loadAll(text).forEach(d -> {
            if (d != null) {
                documents.add(map(d));
            }
        });
        return documents;
    }

    /** The one document of a YAML text. */
    public static Map<String, Object> document(String text) {
        List<Map<String, Object>> documents = documents(text);
        assertThat(documents).hasSize(1);
        return documents.get(0);
    }

    /** The document of the given kind (Deployment, StatefulSet, Service...) in a manifest. */
    public static Map<String, Object> ofKind(List<Map<String, Object>> documents, String kind) {
        List<Map<String, Object>> found = documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
        assertThat(found).as("documents of kind %s", kind).hasSize(1);
        return found.get(0);
    }

    /** The workload (Deployment, StatefulSet or Job) of a unit's manifest. */
    public static Map<String, Object> workload(List<Map<String, Object>> documents) {
        List<Map<String, Object>> found = documents.stream()
                .filter(d -> List.of("Deployment", "StatefulSet", "Job").contains(d.get("kind"))).toList();
        assertThat(found).as("workloads").hasSize(1);
        return found.get(0);
    }

    /** {@code spec.template.spec} of a workload. */
    public static Map<String, Object> podSpec(Map<String, Object> workload) {
        return at(workload, "spec", "template", "spec");
    }

    /** The containers of a workload's pod. */
    public static List<Map<String, Object>> containers(Map<String, Object> workload) {
        return list(podSpec(workload).get("containers")).stream().map(YamlTrees::map).toList();
    }

    /** The one container of a workload's pod. */
    public static Map<String, Object> container(Map<String, Object> workload) {
        List<Map<String, Object>> containers = containers(workload);
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    /** The map at the end of a path of keys; fails when one is missing or not a map. */
    public static Map<String, Object> at(Map<String, Object> root, String... keys) {
        Map<String, Object> node = root;
        for (String key : keys) {
            assertThat(node).as("key %s", key).containsKey(key);
            node = map(node.get(key));
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    public static List<?> list(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<?>) node;
    }
}
