package dev.cleave.analyzer.internal.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One level of lexical scope while resolving a body: a class body, a method or lambda, or a block. Holds
 * local variables, local classes and type variables; class frames answer fields, methods and member types of
 * their class. Frames chain outward to the file scope.
 */
final class Frame implements TypeScope {
    private final Frame parent;
    private final TypeScope outer;
    private final TypeInfo clazz;
    private final boolean staticContext;
    private Map<String, JType> locals;
    private Map<String, String> localTypes;
    private List<JType.Var> vars = List.of();
    /** For method and lambda frames: the declared or expected return type (null when unknown). */
    JType returnType;
    /** For lambda frames: the types of the returned expressions. */
    List<JType> returns;
    /** For switch expression arms: the types of the yielded values. */
    List<JType> yields;

    private Frame(Frame parent, TypeScope outer, TypeInfo clazz, boolean staticContext) {
        this.parent = parent;
        this.outer = outer;
        this.clazz = clazz;
        this.staticContext = staticContext;
    }

    /** The frame of a top-level or member class body, below its enclosing class frame (or none). */
    static Frame classFrame(Frame enclosing, TypeScope fileScope, TypeInfo type) {
        return new Frame(enclosing, enclosing == null ? fileScope : enclosing, type, false);
    }

    Frame child(boolean staticContext) {
        return new Frame(this, this, null, staticContext || this.staticContext);
    }

    Frame childClass(TypeInfo type) {
        return new Frame(this, this, type, false);
    }

    Frame parent() {
        return parent;
    }

    TypeInfo clazz() {
        return clazz;
    }

    boolean isStatic() {
        return staticContext;
    }

    void declare(String name, JType type) {
        if (locals == null) {
            locals = new HashMap<>(8);
        }
        locals.put(name, type);
    }

    void declareType(String simple, String binary) {
        if (localTypes == null) {
            localTypes = new HashMap<>(4);
        }
        localTypes.put(simple, binary);
    }

    void typeVars(List<JType.Var> typeVars) {
        this.vars = typeVars;
    }

    /** The local variable or parameter of this name in this frame only; null when none. */
    JType local(String name) {
        return locals == null ? null : locals.get(name);
    }

    /** The innermost class frame at or above this one. */
    Frame classFrame() {
        Frame f = this;
        while (f != null && f.clazz == null) {
            f = f.parent;
        }
        return f;
    }

    /** The innermost lambda or method frame with a return type or return collector. */
    Frame returnFrame() {
        Frame f = this;
        while (f != null && f.returnType == null && f.returns == null && f.clazz == null) {
            f = f.parent;
        }
        return f == null || f.clazz != null ? null : f;
    }

    @Override
    public JType simpleType(String name) {
        for (JType.Var v : vars) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        if (localTypes != null) {
            String binary = localTypes.get(name);
            if (binary != null) {
                return JType.Cls.of(binary);
            }
        }
        if (clazz != null) {
            for (JType.Var v : clazz.typeParams()) {
                if (v.name().equals(name)) {
                    return v;
                }
            }
            String member = clazz.memberTypes().get(name);
            if (member == null) {
                member = file().index().memberType(clazz.binaryName(), name);
            }
            if (member != null) {
                return JType.Cls.of(member);
            }
        }
        return outer.simpleType(name);
    }

    @Override
    public FileScope file() {
        return outer.file();
    }

    /** The innermost frame collecting yielded values, or null. */
    Frame yieldFrame() {
        Frame f = this;
        while (f != null && f.yields == null && f.clazz == null) {
            f = f.parent;
        }
        return f == null || f.clazz != null ? null : f;
    }

    /** All class frames from innermost outward. */
    List<Frame> classFrames() {
        List<Frame> out = new ArrayList<>();
        for (Frame f = this; f != null; f = f.parent) {
            if (f.clazz != null) {
                out.add(f);
            }
        }
        return out;
    }
}
