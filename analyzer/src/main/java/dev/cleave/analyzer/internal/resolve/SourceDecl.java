package dev.cleave.analyzer.internal.resolve;

import java.util.List;

/**
 * The declarations of one source type as written, kept from indexing until the {@link Linker} has turned
 * them into the {@link TypeInfo}'s members.
 *
 * @param info           the type being declared
 * @param scope          where its names are resolved (outside its own body: enclosing types, then the file)
 * @param supertypeRefs  {@code extends} then {@code implements} clauses, as written
 * @param implicitSuper  binary name of an implied superclass ({@code java.lang.Enum}, {@code java.lang.Record},
 *                       an enum constant body's enum) or null
 */
public record SourceDecl(TypeInfo info, TypeScope scope, List<TypeParamDecl> typeParams,
                         List<TypeRef> extendsRefs, List<TypeRef> implementsRefs, String implicitSuper,
                         List<FieldDecl> fields, List<MethodDecl> methods, List<MethodDecl> constructors) {

    public record TypeParamDecl(String name, List<TypeRef> bounds) {
    }

    public record FieldDecl(String name, TypeRef type, boolean isStatic) {
    }

    public record MethodDecl(String name, List<TypeParamDecl> typeParams, List<TypeRef> params, boolean varargs,
                             TypeRef returnType, int flags) {
    }
}
