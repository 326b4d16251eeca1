package dev.cleave.codegen.internal;

import dev.cleave.codegen.GenerateOptions;
import dev.cleave.codegen.GenerationException;
import dev.cleave.codegen.internal.emit.Context;
import dev.cleave.codegen.deploy.DeployOptions;
import dev.cleave.codegen.internal.emit.DeployHook;
import dev.cleave.codegen.internal.emit.JibDeployHook;
import dev.cleave.codegen.internal.emit.Poms;
import dev.cleave.codegen.internal.emit.Sessions;
import dev.cleave.codegen.internal.layout.Layouts;
import dev.cleave.codegen.internal.layout.ServiceLayout;
import dev.cleave.codegen.internal.layout.SharedClasses;
import dev.cleave.codegen.internal.source.DataSetup;
import dev.cleave.codegen.internal.source.Facts;
import dev.cleave.codegen.internal.source.MonolithBuild;
import dev.cleave.codegen.internal.source.MonolithSettings;
import dev.cleave.codegen.internal.source.Role;
import dev.cleave.codegen.internal.source.Monolith;
import dev.cleave.model.Plan;
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
        Monolith.requireSpringBoot(root);
        Monolith monolith = Monolith.load(root, options.classpath());
        PlanValidator.check(plan, monolith.types().keySet());
        Facts facts = new Facts(monolith);
        List<String> warnings = new ArrayList<>();
        Layouts layouts = new Layouts(facts, SharedClasses.settle(facts, plan, warnings));
        Set<String> shared = layouts.shared();
        List<ServiceLayout> services = layouts.services(options.firstServicePort());
        MonolithSettings settings = MonolithSettings.read(root.resolve("src/main/resources"));
        String project = root.toAbsolutePath().normalize().getFileName().toString();
        services.forEach(s -> s.sharedTables().forEach((t, o) -> warnings.add("service '" + s.name()
                + "' maps table '" + t + "' owned by '" + o + "' through a copied entity (shared database)")));
        services.forEach(s -> s.copies().stream().filter(t -> facts.role(t) == Role.REPOSITORY)
                .forEach(t -> warnings.add("service '" + s.name() + "' reaches the data of " + t + " through its own"
                        + " copy of it (shared database); switch to a call when the data moves to its owner")));
        int dbPort = options.firstServicePort() + services.size();
        MonolithBuild build = MonolithBuild.read(root);
        DataSetup data = DataSetup.of(settings, build);
        warnings.addAll(build.notes());
        String h2 = data.h2Name();
        Map<String, String> baseImages = new TreeMap<>();
        plan.services().forEach(s -> {
            String image = s.settings().get(DeployOptions.BASE_IMAGE_SETTING);
            if (image != null && !image.isBlank()) {
                baseImages.put(s.name(), image);
            }
        });
        DeployHook deploy = new JibDeployHook(project, services, options.gatewayPort(), h2, data.server(), dbPort,
                options.databasePort(), DeployOptions.defaults().withProjectVersion(Poms.VERSION), baseImages);
        return new Context(facts, options, services, shared, new Poms(options.groupId(), project, deploy, build),
                project, settings, data, dbPort, RpcSecret.file(options.outputDir()),
                Sessions.needed(build, facts, h2 != null), warnings);
    }
}
