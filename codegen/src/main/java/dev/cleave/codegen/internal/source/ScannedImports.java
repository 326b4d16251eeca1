package dev.cleave.codegen.internal.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Configurations that a {@code @SpringBootApplication} class names in {@code @Import} although its own component scan
 * registers them anyway: a {@code @Configuration} (or other stereotype) in the application's package or below. In the
 * monolith the entry changes nothing (Spring registers a class once, whether scanned or imported); in the services it
 * would make every service run that configuration, since the application class is in the shared library, and a
 * configuration that wires beans of several services cannot. The generated application class leaves such entries out;
 * each configuration then runs in the service the plan gives it, found there by the same scan.
 */
public final class ScannedImports {
    private ScannedImports() {
    }

    /**
     * The monolith types that {@code app} imports and scans; empty when {@code app} is no Boot application class or
     * chooses its own scan ({@code scanBasePackages}, {@code scanBasePackageClasses}, {@code @ComponentScan}), which
     * may leave the imported classes out.
     */
    public static Set<String> of(SourceType app, NameResolver names, Predicate<String> stereotyped) {
        Set<String> found = new TreeSet<>();
        Optional<AnnotationExpr> boot = app.declaration().getAnnotationByName("SpringBootApplication");
        if (boot.isEmpty() || app.hasAnnotation("ComponentScan") || app.hasAnnotation("ComponentScans")
                || boot.get() instanceof NormalAnnotationExpr n && n.getPairs().stream().anyMatch(p -> p.getNameAsString()
                .startsWith("scanBasePackage"))) {
            return found;
        }
        String base = app.packageName();
        for (ClassExpr c : imported(app.declaration().getAnnotationByName("Import"))) {
            String fqn = names.resolve(app.unit(), c.getType().asString());
            if (fqn == null || !stereotyped.test(fqn)) {
                continue;
            }
            String pkg = fqn.contains(".") ? fqn.substring(0, fqn.lastIndexOf('.')) : "";
            if (base.isEmpty() || pkg.equals(base) || pkg.startsWith(base + ".")) {
                found.add(fqn);
            }
        }
        return found;
    }

    private static List<ClassExpr> imported(Optional<AnnotationExpr> annotation) {
        List<ClassExpr> classes = new ArrayList<>();
        annotation.ifPresent(a -> {
            Expression value = null;
            if (a instanceof SingleMemberAnnotationExpr s) {
                value = s.getMemberValue();
            } else if (a instanceof NormalAnnotationExpr n) {
                value = n.getPairs().stream().filter(p -> p.getNameAsString().equals("value")).map(p -> p.getValue())
                        .findFirst().orElse(null);
            }
            if (value instanceof ClassExpr c) {
                classes.add(c);
            } else if (value instanceof ArrayInitializerExpr array) {
                array.getValues().stream().filter(Expression::isClassExpr).map(Expression::asClassExpr)
                        .forEach(classes::add);
            }
        });
        return classes;
    }

    /**
     * The application class's file without the {@code @Import} entries of {@code dropped} (the whole annotation when
     * no entry is left) and without their single-type imports.
     */
    public static byte[] rewrite(SourceType app, NameResolver names, Set<String> dropped) {
        CompilationUnit unit = EditableSource.parse(app, app.text(), "leave scanned configurations out of its @Import");
        var type = unit.getType(0);
        for (var t : unit.getTypes()) {
            if (t.getNameAsString().equals(app.simpleName())) {
                type = t;
            }
        }
        Optional<AnnotationExpr> annotation = type.getAnnotationByName("Import");
        List<ClassExpr> entries = imported(annotation);
        List<ClassExpr> gone = entries.stream().filter(c -> dropped.contains(names.resolve(unit, c.getType().asString())))
                .toList();
        if (gone.isEmpty()) {
            return app.text().getBytes(StandardCharsets.UTF_8);
        }
        if (gone.size() == entries.size()) {
            annotation.get().remove();
        } else {
            gone.forEach(ClassExpr::remove);
        }
        for (ImportDeclaration i : List.copyOf(unit.getImports())) {
            if (!i.isStatic() && !i.isAsterisk() && dropped.contains(i.getNameAsString())) {
                i.remove();
            }
        }
        return LexicalPreservingPrinter.print(unit).getBytes(StandardCharsets.UTF_8);
    }
}
