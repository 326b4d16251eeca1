package dev.cleave.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code mvn} command line for Maven builds a test starts. It follows the build that runs the tests: offline when
 * that build is ({@code mvn -o verify}; failsafe passes {@code settings.offline} in {@code cleave.it.maven}), online
 * otherwise, so a fresh machine with an empty local repository downloads what the generated system needs; and the
 * same local repository ({@code cleave.it.repo} = {@code settings.localRepository}).
 */
final class NestedMaven {
    private NestedMaven() {
    }

    static List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp"));
        if (dev.cleave.codegen.deploy.ContainerImages.offline()) {
            command.add("-o");
        }
        String repository = System.getProperty("cleave.it.repo", "");
        if (!repository.isBlank() && !repository.contains("${")) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(arguments));
        return command;
    }
}
