package dev.cleave.analyzer.internal.resolve;

import dev.cleave.model.TypeKind;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the signature-level content of a class file (JVMS §4): kind, supertypes, type parameters, non-private
 * fields and methods (generic signatures preferred over descriptors), member types from {@code InnerClasses}.
 * Code and other attributes are skipped.
 */
final class ClassFileReader {
    private static final int ACC_PUBLIC = 0x1;
    private static final int ACC_PRIVATE = 0x2;
    private static final int ACC_STATIC = 0x8;
    private static final int ACC_BRIDGE = 0x40;
    private static final int ACC_VARARGS = 0x80;
    private static final int ACC_INTERFACE = 0x200;
    private static final int ACC_ABSTRACT = 0x400;
    private static final int ACC_SYNTHETIC = 0x1000;
    private static final int ACC_ANNOTATION = 0x2000;
    private static final int ACC_ENUM = 0x4000;

    private final DataInputStream in;
    private Object[] pool;

    private ClassFileReader(byte[] bytes) {
        this.in = new DataInputStream(new ByteArrayInputStream(bytes));
    }

    /** @throws IOException when the bytes are not a class file */
    static TypeInfo read(byte[] bytes) throws IOException {
        return new ClassFileReader(bytes).read();
    }

    private TypeInfo read() throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        readPool();
        int access = in.readUnsignedShort();
        String name = className(in.readUnsignedShort());
        int superIndex = in.readUnsignedShort();
        String superName = superIndex == 0 ? null : className(superIndex);
        int count = in.readUnsignedShort();
        List<String> ifaceNames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ifaceNames.add(className(in.readUnsignedShort()));
        }
        List<RawMember> fields = members();
        List<RawMember> methods = members();
        String signature = null;
        Map<String, String> memberTypes = new HashMap<>();
        String outer = null;
        boolean isStatic = true;
        int attrs = in.readUnsignedShort();
        for (int i = 0; i < attrs; i++) {
            String attr = utf(in.readUnsignedShort());
            int length = in.readInt();
            if (attr.equals("Signature")) {
                signature = utf(in.readUnsignedShort());
            } else if (attr.equals("InnerClasses")) {
                int n = in.readUnsignedShort();
                for (int k = 0; k < n; k++) {
                    int innerIdx = in.readUnsignedShort();
                    int outerIdx = in.readUnsignedShort();
                    int simpleIdx = in.readUnsignedShort();
                    int flags = in.readUnsignedShort();
                    if (innerIdx == 0 || outerIdx == 0 || simpleIdx == 0) {
                        continue;
                    }
                    String inner = className(innerIdx);
                    String outerName = className(outerIdx);
                    if (outerName.equals(name) && (flags & ACC_SYNTHETIC) == 0) {
                        memberTypes.put(utf(simpleIdx), inner);
                    }
                    if (inner.equals(name)) {
                        outer = outerName;
                        isStatic = (flags & ACC_STATIC) != 0 || (flags & ACC_INTERFACE) != 0;
                        access = (access & ~ACC_STATIC) | (flags & (ACC_STATIC | ACC_PUBLIC | ACC_PRIVATE));
                    }
                }
            } else {
                in.skipNBytes(length);
            }
        }
        TypeKind kind = (access & ACC_ANNOTATION) != 0 ? TypeKind.ANNOTATION
                : (access & ACC_INTERFACE) != 0 ? TypeKind.INTERFACE
                : (access & ACC_ENUM) != 0 ? TypeKind.ENUM
                : "java.lang.Record".equals(superName) ? TypeKind.RECORD : TypeKind.CLASS;
        String canonical = outer != null ? canonicalOf(name, outer) : name;
        TypeInfo type = new TypeInfo(name, canonical, null, kind, isStatic, outer, memberTypes);
        Map<String, JType> classBounds = new HashMap<>();
        List<JType.Var> params = List.of();
        JType.Cls superclass = superName == null ? null : JType.Cls.of(superName);
        List<JType.Cls> ifaces = new ArrayList<>();
        ifaceNames.forEach(n -> ifaces.add(JType.Cls.of(n)));
        if (signature != null) {
            SignatureParser p = new SignatureParser(signature, classBounds);
            params = typeParams(p, classBounds);
            superclass = (JType.Cls) p.type();
            ifaces.clear();
            while (!p.atEnd()) {
                ifaces.add((JType.Cls) p.type());
            }
        }
        if (kind == TypeKind.INTERFACE || kind == TypeKind.ANNOTATION) {
            superclass = null;
        }
        type.setSupertypes(params, superclass, ifaces);
        linkMembers(type, fields, methods, classBounds);
        return type;
    }

    private static String canonicalOf(String binary, String outer) {
        return outer.replace('$', '.') + "." + binary.substring(outer.length() + 1);
    }

    private static List<JType.Var> typeParams(SignatureParser p, Map<String, JType> bounds) {
        Map<String, String> raw = new LinkedHashMap<>();
        List<String> names = p.typeParamNames(raw);
        List<JType.Var> vars = new ArrayList<>();
        for (String n : names) {
            String b = raw.get(n);
            JType bound = b.isEmpty() ? JType.OBJECT : new SignatureParser(b, Map.of()).type();
            bounds.put(n, bound);
        }
        for (String n : names) {
            vars.add(new JType.Var(n, bounds.get(n)));
        }
        return vars;
    }

    private static void linkMembers(TypeInfo type, List<RawMember> rawFields, List<RawMember> rawMethods,
                                    Map<String, JType> classBounds) {
        Map<String, FieldInfo> fields = new HashMap<>();
        for (RawMember f : rawFields) {
            if ((f.access & (ACC_PRIVATE | ACC_SYNTHETIC)) != 0) {
                continue;
            }
            String sig = f.signature != null ? f.signature : f.descriptor;
            JType t = safeType(sig, classBounds);
            fields.put(f.name, new FieldInfo(f.name, type.binaryName(), t, (f.access & ACC_STATIC) != 0));
        }
        Map<String, List<MethodInfo>> methods = new HashMap<>();
        List<MethodInfo> ctors = new ArrayList<>();
        for (RawMember m : rawMethods) {
            if ((m.access & (ACC_PRIVATE | ACC_SYNTHETIC | ACC_BRIDGE)) != 0 || m.name.equals("<clinit>")) {
                continue;
            }
            MethodInfo info = method(type, m, classBounds);
            if (info == null) {
                continue;
            }
            if (m.name.equals(MethodInfo.CONSTRUCTOR)) {
                ctors.add(info);
            } else {
                methods.computeIfAbsent(m.name, k -> new ArrayList<>()).add(info);
            }
        }
        type.setMembers(fields, methods, ctors);
    }

    private static JType safeType(String sig, Map<String, JType> bounds) {
        try {
            return new SignatureParser(sig, bounds).type();
        } catch (RuntimeException e) {
            return JType.UNKNOWN;
        }
    }

    private static MethodInfo method(TypeInfo type, RawMember m, Map<String, JType> classBounds) {
        String sig = m.signature != null ? m.signature : m.descriptor;
        try {
            Map<String, JType> bounds = new HashMap<>(classBounds);
            SignatureParser p = new SignatureParser(sig, bounds);
            List<JType.Var> tps = typeParams(p, bounds);
            p.expect('(');
            List<JType> params = new ArrayList<>();
            while (p.peek() != ')') {
                params.add(p.type());
            }
            p.expect(')');
            JType ret = p.type();
            int flags = ((m.access & ACC_STATIC) != 0 ? MethodInfo.STATIC : 0)
                    | ((m.access & ACC_ABSTRACT) != 0 ? MethodInfo.ABSTRACT : 0)
                    | (type.isInterface() && (m.access & (ACC_ABSTRACT | ACC_STATIC)) == 0 ? MethodInfo.DEFAULT : 0);
            return new MethodInfo(m.name, type.binaryName(), tps, params, (m.access & ACC_VARARGS) != 0, ret,
                    flags);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private List<RawMember> members() throws IOException {
        int count = in.readUnsignedShort();
        List<RawMember> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int access = in.readUnsignedShort();
            String name = utf(in.readUnsignedShort());
            String descriptor = utf(in.readUnsignedShort());
            String signature = null;
            int attrs = in.readUnsignedShort();
            for (int a = 0; a < attrs; a++) {
                String attr = utf(in.readUnsignedShort());
                int length = in.readInt();
                if (attr.equals("Signature")) {
                    signature = utf(in.readUnsignedShort());
                } else {
                    in.skipNBytes(length);
                }
            }
            out.add(new RawMember(access, name, descriptor, signature));
        }
        return out;
    }

    private void readPool() throws IOException {
        int count = in.readUnsignedShort();
        pool = new Object[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 7, 16, 19, 20 -> pool[i] = in.readUnsignedShort();
                case 8 -> in.readUnsignedShort();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("bad constant pool tag " + tag);
            }
        }
    }

    private String utf(int index) {
        return (String) pool[index];
    }

    private String className(int index) {
        return utf((Integer) pool[index]).replace('/', '.');
    }

    private record RawMember(int access, String name, String descriptor, String signature) {
    }
}
