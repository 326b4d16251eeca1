package dev.cleave.analyzer.internal.source;

import java.nio.file.Path;
import java.util.Set;

/**
 * Tells test source folders from main ones by the layout conventions: a folder named {@code test}, {@code tests},
 * {@code it} or ending in {@code Test}/{@code Tests} ({@code src/integrationTest}) that sits directly under
 * {@code src/}, at the project root, or in a module folder (one with a build file). A package named {@code test}
 * deep inside a source root is not a test folder.
 */
public final class TestSources {
    private static final Set<String> NAMES = Set.of("test", "tests", "it", "integration-test", "testFixtures");

    private TestSources() {
    }

    /** Whether {@code path} (a folder or file under {@code root}) lies in a test source tree. */
    public static boolean isTest(Path root, Path path) {
        Path base = root.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(base)) {
            return false;
        }
        Path relative = base.relativize(absolute);
        for (int i = 0; i < relative.getNameCount(); i++) {
            String segment = relative.getName(i).toString();
            if (isTestName(segment) && (i == 0 || relative.getName(i - 1).toString().equals("src")
                    || ProjectTree.isModule(base.resolve(relative.subpath(0, i))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTestName(String segment) {
        return NAMES.contains(segment) || segment.endsWith("Test") || segment.endsWith("Tests");
    }
}
