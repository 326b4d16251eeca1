package dev.cleave.analyzer.internal.resolve;

import dev.cleave.model.TypeKind;

import java.util.List;
import java.util.Map;

/**
 * A declared class, interface, enum, record or annotation, from the sources or from a class file.
 *
 * <p>Source types are created while indexing and completed by the {@link Linker} (supertypes first, then
 * members) before any reader sees them; library types are complete when created. After that a type is never
 * changed and may be shared between threads.
 */
public final class TypeInfo {
    private final String binaryName;
    private final String canonicalName;
    private final String topLevel;
    private final TypeKind kind;
    private final boolean isStatic;
    private final String outer;
    private final Map<String, String> memberTypes;
    private List<JType.Var> typeParams = List.of();
    private JType.Cls superclass;
    private List<JType.Cls> interfaces = List.of();
    private Map<String, FieldInfo> fields = Map.of();
    private Map<String, List<MethodInfo>> methods = Map.of();
    private List<MethodInfo> constructors = List.of();

    /**
     * @param topLevel    canonical name of the top-level source type this one folds into; null for library types
     * @param outer       binary name of the enclosing type, null for top-level types
     * @param memberTypes simple name to binary name of the member types it declares
     */
    public TypeInfo(String binaryName, String canonicalName, String topLevel, TypeKind kind, boolean isStatic,
                    String outer, Map<String, String> memberTypes) {
        this.binaryName = binaryName;
        this.canonicalName = canonicalName;
        this.topLevel = topLevel;
        this.kind = kind;
        this.isStatic = isStatic;
        this.outer = outer;
        this.memberTypes = Map.copyOf(memberTypes);
    }

    void setSupertypes(List<JType.Var> params, JType.Cls superclass, List<JType.Cls> interfaces) {
        this.typeParams = List.copyOf(params);
        this.superclass = superclass;
        this.interfaces = List.copyOf(interfaces);
    }

    void setMembers(Map<String, FieldInfo> fields, Map<String, List<MethodInfo>> methods,
                    List<MethodInfo> constructors) {
        this.fields = Map.copyOf(fields);
        this.methods = Map.copyOf(methods);
        this.constructors = List.copyOf(constructors);
    }

    public String binaryName() {
        return binaryName;
    }

    public String canonicalName() {
        return canonicalName;
    }

    /** The node id this type folds into; null for library types. */
    public String topLevel() {
        return topLevel;
    }

    public boolean isSource() {
        return topLevel != null;
    }

    public TypeKind kind() {
        return kind;
    }

    public boolean isInterface() {
        return kind == TypeKind.INTERFACE || kind == TypeKind.ANNOTATION;
    }

    /** Whether a nested type is static (interfaces, enums and records always are). */
    public boolean isStatic() {
        return isStatic;
    }

    public String outer() {
        return outer;
    }

    public Map<String, String> memberTypes() {
        return memberTypes;
    }

    public List<JType.Var> typeParams() {
        return typeParams;
    }

    /** The superclass; null for {@code java.lang.Object} and for interfaces. */
    public JType.Cls superclass() {
        return superclass;
    }

    public List<JType.Cls> interfaces() {
        return interfaces;
    }

    public FieldInfo field(String name) {
        return fields.get(name);
    }

    public java.util.Set<String> fieldNames() {
        return fields.keySet();
    }

    public List<MethodInfo> methods(String name) {
        return methods.getOrDefault(name, List.of());
    }

    public Map<String, List<MethodInfo>> allMethods() {
        return methods;
    }

    public List<MethodInfo> constructors() {
        return constructors;
    }

    /** This type applied to its own type parameters, as {@code this} sees it. */
    public JType.Cls selfType() {
        return new JType.Cls(binaryName, List.copyOf(typeParams));
    }

    @Override
    public String toString() {
        return binaryName;
    }
}
