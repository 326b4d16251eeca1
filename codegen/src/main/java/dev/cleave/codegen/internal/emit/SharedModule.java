package dev.cleave.codegen.internal.emit;

import java.util.Set;

/** The shared library: the plan's shared classes, the Cleave runtime, and the monolith's non-config resources. */
final class SharedModule {
    static final String DIR = "shared";
    private static final Set<String> CONFIG = Set.of("application.properties", "application.yml", "application.yaml",
            "data.sql", "schema.sql");

    private SharedModule() {
    }

    static void emit(Context c, OutputTree out) {
        out.text(DIR + "/pom.xml", c.poms().library(DIR, c.project() + "-shared",
                "Classes every service of " + c.project() + " uses, and the Cleave runtime"));
        c.shared().forEach(t -> out.put(c.javaPath(DIR, t), c.source(t)));
        for (String name : Resources.RUNTIME) {
            out.put(DIR + "/src/main/java/dev/cleave/runtime/" + name + ".java", Resources.runtime(name, c.poms().build().jakarta()));
        }
        out.text(DIR + "/src/main/resources/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration"
                + ".imports", "dev.cleave.runtime.CleaveRuntimeConfiguration\n");
        for (String resource : Resources.list(c.resources())) {
            if (!CONFIG.contains(resource)) {
                out.put(DIR + "/src/main/resources/" + resource, Resources.read(c.resources().resolve(resource)));
            }
        }
    }
}
