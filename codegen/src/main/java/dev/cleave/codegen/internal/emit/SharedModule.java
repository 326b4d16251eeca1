package dev.cleave.codegen.internal.emit;

import java.util.Set;

/**
 * The shared library: the plan's shared classes, the Cleave runtime, and the monolith's resources but its settings
 * files and seed scripts (each runnable module has its own, {@link SettingsFiles}); the monolith's source-generating
 * plugins run here only, with the input files they name ({@link Poms#generatesSources}).
 */
final class SharedModule {
    static final String DIR = "shared";
    private static final Set<String> CONFIG = Set.of("application.properties", "application.yml", "application.yaml",
            "data.sql", "schema.sql");

    private SharedModule() {
    }

    static void emit(Context c, OutputTree out) {
        out.text(DIR + "/pom.xml", c.poms().library(DIR, c.project() + "-shared",
                "Classes every service of " + c.project() + " uses, and the Cleave runtime"));
        c.shared().forEach(t -> out.put(c.javaPath(DIR, t), c.serviceSource(t, c.shared())));
        for (String name : Resources.RUNTIME) {
            out.put(DIR + "/src/main/java/dev/cleave/runtime/" + name + ".java", Resources.runtime(name, c.poms().build().jakarta()));
        }
        boolean security = c.poms().build().hasDependencyLike("spring-security")
                || c.poms().build().hasDependencyLike("starter-security");
        if (security) {
            out.put(DIR + "/src/main/java/dev/cleave/runtime/CleaveSecurityConfiguration.java",
                    Resources.runtime("CleaveSecurityConfiguration", c.poms().build().jakarta()));
        }
        if (c.legacy()) {
            for (String runtime : java.util.List.of("LegacyWebApp", "LegacyDatabase", "LegacyCalls")) {
                out.put(DIR + "/src/main/java/dev/cleave/runtime/" + runtime + ".java",
                        Resources.runtime(runtime, c.poms().build().jakarta()));
            }
            LegacyWeb.emitShared(c, out);
            c.facts().javaEe().ifPresent(ee -> JavaEeModules.emitShared(c, ee, out));
        }
        if (!c.startup().isEmpty()) {
            out.put(DIR + "/src/main/java/dev/cleave/runtime/StartupOnce.java",
                    Resources.runtime("StartupOnce", c.poms().build().jakarta()));
        }
        boolean myBatis = c.legacy() && c.poms().build().hasDependencyLike("mybatis");
        if (myBatis) {
            out.put(DIR + "/src/main/java/dev/cleave/runtime/LegacyMyBatis.java",
                    Resources.runtime("LegacyMyBatis", c.poms().build().jakarta()));
        }
        out.text(DIR + "/src/main/resources/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration"
                + ".imports", "dev.cleave.runtime.CleaveRuntimeConfiguration\n"
                + (security ? "dev.cleave.runtime.CleaveSecurityConfiguration\n" : "")
                + (c.legacy() ? "dev.cleave.runtime.LegacyWebApp\n" : "")
                + (myBatis ? "dev.cleave.runtime.LegacyMyBatis\n" : "")
                + (c.startup().isEmpty() ? "" : "dev.cleave.runtime.StartupOnce\n")
                + c.facts().javaEe().map(ee -> String.join("", JavaEeModules.runtime(ee).stream()
                        .map(r -> "dev.cleave.runtime." + r + "\n").toList())).orElse(""));
        java.nio.file.Path root = c.options().monolithRoot();
        for (var plugin : c.poms().build().plugins()) {
            if (Poms.generatesSources(plugin) && !Poms.DROPPED_PLUGINS.containsKey(plugin.artifactId())) {
                for (String input : Poms.inputs(plugin, root)) {
                    java.nio.file.Path file = root.resolve(input);
                    for (String f : java.nio.file.Files.isDirectory(file) ? Resources.list(file) : java.util.List.of("")) {
                        String relative = f.isEmpty() ? input : input + "/" + f;
                        out.put(DIR + "/" + relative, Resources.read(root.resolve(relative)));
                    }
                }
            }
        }
        var filtering = dev.cleave.codegen.internal.source.MavenFiltering.of(c.options().monolithRoot());
        for (String resource : Resources.list(c.resources())) {
            boolean settings = CONFIG.contains(resource) && !resource.endsWith(".sql");
            // a servlet application's schema.sql is a file its own code reads, not Boot's set-up script
            boolean bootScript = CONFIG.contains(resource) && resource.endsWith(".sql") && !c.legacy();
            // a Java EE application's persistence unit is the modules' Spring JPA set-up (JavaEeModules#jpa)
            boolean unit = resource.equals("META-INF/persistence.xml") && c.facts().javaEe().isPresent();
            if (!settings && !bootScript && !unit && !SettingsFiles.isProfileFile(resource)) {
                // as the monolith's build left it: a filtered folder's placeholders replaced by the pom's values
                out.put(DIR + "/src/main/resources/" + resource, filtering.bytes(c.options().monolithRoot(),
                        c.resources().resolve(resource)));
            }
        }
    }
}
