package dev.cleave.bench;

import spoon.Launcher;
import spoon.SpoonModelBuilder;
import spoon.reflect.factory.Factory;
import spoon.compiler.Environment;
import spoon.reflect.CtModel;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.reference.CtTypeParameterReference;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.CtScanner;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline: Spoon's model built without a classpath ({@code noclasspath}), the JDK's own types coming from the
 * running JVM as Spoon always does. Comments are not read (an analysis does not need them; this makes Spoon
 * faster and smaller, so the baseline is, if anything, stronger). After {@code buildModel()} one scan counts:
 * <ul>
 *   <li>method calls: every {@link CtInvocation} written in the source that is not a constructor call
 *       ({@code this(..)}/{@code super(..)}); resolved when its executable has a declaring type;</li>
 *   <li>type references: every {@link CtTypeReference} written in the source (not implicit, with a source
 *       position), neither primitive nor array (its component is counted), nor wildcard or intersection (their
 *       bounds are counted); resolved when {@code getTypeDeclaration()} finds the type (in the model or, as a
 *       shadow type, in the JDK) or, for a type variable, when its declaration is found. The answer for a
 *       qualified name is computed once and cached: it depends on the name only.</li>
 * </ul>
 */
final class SpoonModel implements Contender {
    /** The Java version of the corpus's sources (JDK 25); Spoon 11.5 reads up to 26. */
    static final int COMPLIANCE = 25;

    /**
     * Files of the corpus not given to Spoon: with {@code java/lang/String.java} in the same build, JDT 3.46 (the
     * version Spoon 11.5 uses) throws a NullPointerException while resolving a {@code var} declaration in this
     * file, which aborts the whole build. Their types come from the running JDK instead.
     */
    static final List<String> LEFT_OUT = List.of("java/time/format/DateTimeTextProvider.java");

    @Override
    public String name() {
        return "spoon-noclasspath";
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public Measured run(Corpus corpus) {
        Launcher launcher = launcher();
        long lines = addInputs(launcher, corpus);
        CtModel model = launcher.buildModel();
        References references = new References();
        references.scan(model.getRootPackage());
        List<String> failed = ((TolerantSpoonCompiler) launcher.getModelBuilder()).failedUnits();
        return new Measured(launcher, lines, references.calls.tally(), references.types.tally(),
                note(references, failed, corpus));
    }

    private static Launcher launcher() {
        Launcher launcher = new Launcher() {
            @Override
            protected SpoonModelBuilder getCompilerInstance(Factory factory) {
                return new TolerantSpoonCompiler(factory);
            }
        };
        Environment environment = launcher.getEnvironment();
        environment.setNoClasspath(true);
        environment.setComplianceLevel(COMPLIANCE);
        environment.setCommentEnabled(false);
        environment.setShouldCompile(false);
        environment.setLevel("ERROR");
        return launcher;
    }

    /** Gives Spoon the corpus's files except {@link #LEFT_OUT}; returns the lines it was given. */
    private static long addInputs(Launcher launcher, Corpus corpus) {
        long leftOut = 0;
        for (Path file : corpus.files()) {
            if (LEFT_OUT.stream().noneMatch(file::endsWith)) {
                launcher.addInputResource(file.toString());
            } else {
                leftOut += Corpus.countLines(file);
            }
        }
        return corpus.lines() - leftOut;
    }

    private static String note(References references, List<String> failed, Corpus corpus) {
        String cutShort = failed.isEmpty() ? "none"
                : failed.size() + " (" + String.join(", ", failed).replace(corpus.sourceRoot() + "/", "") + ")";
        return "left out (JDT crash): " + String.join(", ", LEFT_OUT) + "; lines/s counts the rest"
                + "; unresolved type references with a malformed name (`java.lang..String`, see docs): "
                + references.malformed + "; units whose model conversion threw and was cut short: " + cutShort;
    }

    /** Counts and resolves the references of a model in one scan. */
    private static final class References extends CtScanner {
        final Tally.Counter calls = new Tally.Counter();
        final Tally.Counter types = new Tally.Counter();
        private final Map<String, Boolean> typeFound = new HashMap<>();
        /** Unresolved references whose qualified name JDT left malformed ({@code java.lang..String}). */
        long malformed;

        @Override
        public <T> void visitCtInvocation(CtInvocation<T> invocation) {
            if (!invocation.isImplicit() && !invocation.getExecutable().isConstructor()) {
                calls.add(invocation.getExecutable().getDeclaringType() != null);
            }
            super.visitCtInvocation(invocation);
        }

        @Override
        public <T> void visitCtTypeReference(CtTypeReference<T> reference) {
            if (written(reference) && !reference.isPrimitive()) {
                boolean found = typeFound.computeIfAbsent(reference.getQualifiedName(), name -> declared(reference));
                types.add(found);
                if (!found && reference.getQualifiedName().contains("..")) {
                    malformed++;
                }
            }
            super.visitCtTypeReference(reference);
        }

        @Override
        public void visitCtTypeParameterReference(CtTypeParameterReference reference) {
            if (written(reference)) {
                types.add(declared(reference));
            }
            super.visitCtTypeParameterReference(reference);
        }

        private static boolean written(CtTypeReference<?> reference) {
            return !reference.isImplicit() && reference.getPosition().isValidPosition();
        }

        private static boolean declared(CtTypeReference<?> reference) {
            try {
                return reference instanceof CtTypeParameterReference parameter
                        ? parameter.getDeclaration() != null
                        : reference.getTypeDeclaration() != null;
            } catch (Exception | StackOverflowError e) {
                return false;
            }
        }
    }
}
