package dev.cleave.bench;

import org.eclipse.jdt.internal.compiler.ast.CompilationUnitDeclaration;
import spoon.reflect.factory.Factory;
import spoon.support.compiler.jdt.JDTBasedSpoonCompiler;
import spoon.support.compiler.jdt.JDTTreeBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * Spoon's compiler, except that a compilation unit whose conversion to Spoon's model throws is recorded and
 * skipped instead of aborting the whole build (Spoon 11.5's tree builder throws a NullPointerException on some
 * local classes of the JDK 25 sources). What the unit had added to the model before the failure stays.
 */
final class TolerantSpoonCompiler extends JDTBasedSpoonCompiler {
    private final List<String> failedUnits = new ArrayList<>();

    TolerantSpoonCompiler(Factory factory) {
        super(factory);
    }

    @Override
    protected void traverseUnitDeclaration(JDTTreeBuilder builder, CompilationUnitDeclaration unit) {
        try {
            super.traverseUnitDeclaration(builder, unit);
        } catch (RuntimeException e) {
            failedUnits.add(new String(unit.getFileName()) + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The units whose conversion failed, in build order. */
    List<String> failedUnits() {
        return List.copyOf(failedUnits);
    }
}
