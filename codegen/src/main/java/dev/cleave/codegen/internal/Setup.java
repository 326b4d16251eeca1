package dev.cleave.codegen.internal;

import dev.cleave.codegen.GenerateOptions;
import dev.cleave.codegen.GenerationException;
import dev.cleave.codegen.internal.emit.Context;
import dev.cleave.codegen.deploy.DeployOptions;
import dev.cleave.codegen.internal.emit.Dependencies;
import dev.cleave.codegen.internal.emit.DeployHook;
import dev.cleave.codegen.internal.emit.JibDeployHook;
import dev.cleave.codegen.internal.emit.Poms;
import dev.cleave.codegen.internal.layout.Layouts;
import dev.cleave.codegen.internal.layout.ServiceLayout;
import dev.cleave.codegen.internal.layout.SharedClasses;
import dev.cleave.codegen.internal.source.Facts;
import dev.cleave.codegen.internal.source.Monolith;
import dev.cleave.model.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads the monolith and lays out the system: everything the emitters need. */
public final class Setup {
    private Setup() {
    }

    public static Context context(Plan plan, GenerateOptions options) {
        Path root = options.monolithRoot();
        if (!Files.isDirectory(root)) {
            throw new GenerationException("monolith root " + root + " is not a directory; pass the monolith's"
                    + " project directory");
        }
        Monolith monolith = Monolith.load(root, options.classpath());
        PlanValidator.check(plan, monolith.types().keySet());
        Facts facts = new Facts(monolith);
        List<String> warnings = new ArrayList<>();
        Layouts layouts = new Layouts(facts, SharedClasses.settle(facts, plan, warnings));
        Set<String> shared = layouts.shared();
        List<ServiceLayout> services = layouts.services(options.firstServicePort());
        String properties = properties(root);
        String project = root.toAbsolutePath().normalize().getFileName().toString();
        services.forEach(s -> s.sharedTables().forEach((t, o) -> warnings.add("service '" + s.name()
                + "' maps table '" + t + "' owned by '" + o + "' through a copied entity (shared database)")));
        int dbPort = options.firstServicePort() + services.size();
        String h2 = h2Name(properties);
        Map<String, String> baseImages = new TreeMap<>();
        plan.services().forEach(s -> {
            String image = s.settings().get(DeployOptions.BASE_IMAGE_SETTING);
            if (image != null && !image.isBlank()) {
                baseImages.put(s.name(), image);
            }
        });
        DeployHook deploy = new JibDeployHook(services, options.gatewayPort(), h2, dbPort, options.databasePort(),
                DeployOptions.defaults(), baseImages);
        return new Context(facts, options, services, shared, new Poms(options.groupId(), project, deploy),
                Dependencies.of(root), project, properties, h2, dbPort, warnings);
    }

    private static String properties(Path root) {
        Path file = root.resolve("src/main/resources/application.properties");
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new GenerationException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** "shop" for {@code jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1}; null for any other database. */
    static String h2Name(String properties) {
        for (String line : properties.lines().toList()) {
            String l = line.trim();
            if (l.startsWith("spring.datasource.url") && l.contains("jdbc:h2:mem:")) {
                String rest = l.substring(l.indexOf("jdbc:h2:mem:") + "jdbc:h2:mem:".length());
                int end = rest.indexOf(';');
                return end < 0 ? rest.trim() : rest.substring(0, end).trim();
            }
        }
        return null;
    }
}
