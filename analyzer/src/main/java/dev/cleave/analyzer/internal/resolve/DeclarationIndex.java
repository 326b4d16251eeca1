package dev.cleave.analyzer.internal.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.cleave.model.TypeKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Entry points of the resolver for indexing: extracting a file's declarations and linking them all into a
 * {@link TypeIndex}.
 */
public final class DeclarationIndex {
    /** Runs tasks 0..count-1, possibly in parallel, and returns their results in order. */
    public interface Parallel {
        <T> List<T> map(int count, IntFunction<T> task);
    }

    private DeclarationIndex() {
    }

    /** The declarations of a file's top-level and member types, outermost first. */
    public static List<SourceDecl> declarations(CompilationUnit cu, FileScope scope) {
        return DeclarationExtractor.indexFile(cu, scope);
    }

    /** The scope of the member types of {@code outer}, whose own declaration is resolved in {@code scope}. */
    public static TypeScope memberScope(TypeInfo outer, TypeScope scope) {
        return new ClassScope(outer, scope);
    }

    public static TypeKind kindOf(TypeDeclaration<?> td) {
        return DeclarationExtractor.kindOf(td);
    }

    /**
     * Builds the index of these declarations (one per binary name, in a deterministic order) and links them:
     * supertypes on this thread, members in parallel.
     */
    public static TypeIndex link(List<SourceDecl> decls, LibraryTypes library, Parallel parallel) {
        Map<String, TypeInfo> types = new HashMap<>();
        decls.forEach(d -> types.put(d.info().binaryName(), d.info()));
        TypeIndex index = new TypeIndex(types, library);
        decls.forEach(d -> d.scope().file().bind(index));
        Linker linker = new Linker(new TypeResolver(index));
        linker.linkSupertypes(decls);
        parallel.map(decls.size(), i -> {
            linker.members(decls.get(i));
            return Boolean.TRUE;
        });
        index.indexMethods();
        return index;
    }
}
