package dev.cleave.analyzer.internal.resolve;

import java.util.List;

/**
 * A method or constructor signature (constructors are named {@code <init>}).
 *
 * @param declaring binary name of the declaring type
 */
public record MethodInfo(String name, String declaring, List<JType.Var> typeParams, List<JType> params,
                         boolean varargs, JType returnType, int flags) {
    public static final int STATIC = 1;
    public static final int ABSTRACT = 2;
    public static final int DEFAULT = 4;
    public static final String CONSTRUCTOR = "<init>";

    public MethodInfo {
        typeParams = List.copyOf(typeParams);
        params = List.copyOf(params);
    }

    public boolean isStatic() {
        return (flags & STATIC) != 0;
    }

    public boolean isAbstract() {
        return (flags & ABSTRACT) != 0;
    }

    public int arity() {
        return params.size();
    }
}
