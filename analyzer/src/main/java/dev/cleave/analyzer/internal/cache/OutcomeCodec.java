package dev.cleave.analyzer.internal.cache;

import dev.cleave.analyzer.internal.facts.TypeFacts;
import dev.cleave.analyzer.internal.resolve.FileReferences;
import dev.cleave.analyzer.internal.resolve.Trace;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.EntryPoint;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes and reads what resolving one file gave (its {@link FileReferences} and the {@link TypeFacts} of its types)
 * and the {@link Trace} of what that depended on.
 */
public final class OutcomeCodec {
    private OutcomeCodec() {
    }

    public static void writeTrace(Blob.Writer w, Trace trace) {
        w.uint(trace.answers().size());
        trace.answers().forEach((q, a) -> w.string(q.kind().name()).string(q.first()).string(q.second()).string(a));
    }

    public static Trace readTrace(Blob.Reader r) throws IOException {
        int n = r.count();
        Trace trace = new Trace();
        for (int i = 0; i < n; i++) {
            trace.add(new Trace.Question(r.constant(Trace.Kind.class), r.text(), r.text()), r.text());
        }
        return trace;
    }

    public static void writeReferences(Blob.Writer w, FileReferences refs) {
        Map<FileReferences.Key, Long> edges = refs.edges();
        Map<FileReferences.Key, Set<String>> ops = refs.operations();
        w.uint(edges.size());
        edges.forEach((k, weight) -> {
            w.string(k.from()).string(k.to()).string(k.kind().name()).uint(weight);
            Set<String> names = ops.get(k);
            w.bool(names != null);
            if (names != null) {
                w.strings(new java.util.TreeSet<>(names));
            }
        });
        for (long c : refs.referenceCounts()) {
            w.uint(c);
        }
        for (long c : refs.callCounts()) {
            w.uint(c);
        }
        w.uint(refs.unresolvedByReason().size());
        refs.unresolvedByReason().forEach((k, v) -> w.string(k).uint(v));
        DeclCodec.writeProblems(w, refs.problems());
    }

    public static FileReferences readReferences(Blob.Reader r) throws IOException {
        int n = r.count();
        Map<FileReferences.Key, Long> weights = new TreeMap<>();
        Map<FileReferences.Key, Set<String>> ops = new HashMap<>();
        for (int i = 0; i < n; i++) {
            FileReferences.Key k = new FileReferences.Key(r.text(), r.text(), r.constant(EdgeKind.class));
            weights.put(k, r.uint());
            if (r.bool()) {
                ops.put(k, new LinkedHashSet<>(r.strings()));
            }
        }
        long[] references = counts(r);
        long[] calls = counts(r);
        int u = r.count();
        Map<String, Long> unresolved = new LinkedHashMap<>();
        for (int i = 0; i < u; i++) {
            unresolved.put(r.string(), r.uint());
        }
        return FileReferences.restore(weights, ops, references, calls, unresolved, DeclCodec.readProblems(r));
    }

    private static long[] counts(Blob.Reader r) throws IOException {
        long[] out = new long[4];
        for (int i = 0; i < 4; i++) {
            out[i] = r.uint();
        }
        return out;
    }

    public static void writeFacts(Blob.Writer w, Map<String, TypeFacts> facts) {
        w.uint(facts.size());
        facts.forEach((id, f) -> {
            w.string(id).strings(f.annotations());
            w.uint(f.stereotypes().size());
            f.stereotypes().forEach(s -> w.string(s.name()));
            w.uint(f.tables().size());
            f.tables().forEach(t -> w.string(t.table()).string(t.access().name()));
            w.uint(f.entryPoints().size());
            f.entryPoints().forEach(e -> w.string(e.method()).string(e.path()).string(e.handler()));
            w.bool(f.stateful()).string(f.entityName()).string(f.entityTable());
            w.uint(f.entityUses().size());
            f.entityUses().forEach(e -> w.string(e.entity()).string(e.access().name()));
            w.strings(f.supertypes()).strings(f.stateFields()).bool(f.singleton()).strings(f.servletHandlers());
            w.uint(f.beanNames().size());
            f.beanNames().forEach(b -> w.string(b.name()).string(b.type()));
            w.strings(f.spelBeans());
        });
    }

    public static Map<String, TypeFacts> readFacts(Blob.Reader r) throws IOException {
        int n = r.count();
        Map<String, TypeFacts> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = r.text();
            Set<String> annotations = new LinkedHashSet<>(r.strings());
            int s = r.count();
            Set<Stereotype> stereotypes = new LinkedHashSet<>();
            for (int k = 0; k < s; k++) {
                stereotypes.add(r.constant(Stereotype.class));
            }
            int t = r.count();
            Set<TableUse> tables = new LinkedHashSet<>();
            for (int k = 0; k < t; k++) {
                tables.add(new TableUse(r.text(), r.constant(TableAccess.class)));
            }
            int e = r.count();
            Set<EntryPoint> entryPoints = new LinkedHashSet<>();
            for (int k = 0; k < e; k++) {
                entryPoints.add(new EntryPoint(r.text(), r.text(), r.text()));
            }
            boolean stateful = r.bool();
            String entityName = r.string();
            String entityTable = r.string();
            int u = r.count();
            Set<TypeFacts.EntityUse> uses = new LinkedHashSet<>();
            for (int k = 0; k < u; k++) {
                uses.add(new TypeFacts.EntityUse(r.text(), r.constant(TableAccess.class)));
            }
            Set<String> supertypes = new LinkedHashSet<>(r.strings());
            Set<String> stateFields = new LinkedHashSet<>(r.strings());
            boolean singleton = r.bool();
            Set<String> handlers = new LinkedHashSet<>(r.strings());
            int b = r.count();
            Set<TypeFacts.BeanName> beans = new LinkedHashSet<>();
            for (int k = 0; k < b; k++) {
                beans.add(new TypeFacts.BeanName(r.text(), r.text()));
            }
            List<String> spel = new ArrayList<>(r.strings());
            out.put(id, new TypeFacts(annotations, stereotypes, tables, entryPoints, stateful, entityName, entityTable,
                    uses, supertypes, stateFields, singleton, handlers, beans, spel));
        }
        return out;
    }
}
