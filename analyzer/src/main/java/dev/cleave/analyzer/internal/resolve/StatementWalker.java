package dev.cleave.analyzer.internal.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.UnionType;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.TypeKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks statements (JLS §14), keeping the scopes of locals, and types every expression in them through the
 * {@link ExprTyper}.
 */
final class StatementWalker {
    private final FileResolver r;

    StatementWalker(FileResolver r) {
        this.r = r;
    }

    void statement(Statement s, Frame f) {
        if (s instanceof BlockStmt b) {
            Frame bf = f.child(false);
            b.getStatements().forEach(st -> statement(st, bf));
        } else if (s instanceof ExpressionStmt e) {
            r.exprs.type(e.getExpression(), f, null);
        } else if (s instanceof IfStmt i) {
            r.exprs.type(i.getCondition(), f, JType.BOOLEAN);
            statement(i.getThenStmt(), f.child(false));
            i.getElseStmt().ifPresent(e -> statement(e, f.child(false)));
        } else if (s instanceof ReturnStmt rs) {
            Frame rf = f.returnFrame();
            JType expected = rf == null ? null : rf.returnType;
            rs.getExpression().ifPresent(e -> {
                JType t = r.exprs.type(e, f, expected);
                if (rf != null && rf.returns != null) {
                    rf.returns.add(t);
                }
            });
        } else if (s instanceof ForEachStmt fe) {
            Frame ff = f.child(false);
            JType iterable = r.exprs.type(fe.getIterable(), f, null);
            VariableDeclarationExpr v = fe.getVariable();
            v.getAnnotations().forEach(a -> r.exprs.annotation(a, ff));
            TypeRef ref = TypeRef.of(v.getVariable(0).getType());
            JType t = ref instanceof TypeRef.Inferred ? r.types.elementType(iterable)
                    : r.typeOf(ref, ff, EdgeKind.TYPE_USE);
            ff.declare(v.getVariable(0).getNameAsString(), t);
            statement(fe.getBody(), ff);
        } else if (s instanceof ForStmt fs) {
            Frame ff = f.child(false);
            fs.getInitialization().forEach(e -> r.exprs.type(e, ff, null));
            fs.getCompare().ifPresent(e -> r.exprs.type(e, ff, JType.BOOLEAN));
            fs.getUpdate().forEach(e -> r.exprs.type(e, ff, null));
            statement(fs.getBody(), ff);
        } else if (s instanceof WhileStmt w) {
            r.exprs.type(w.getCondition(), f, JType.BOOLEAN);
            statement(w.getBody(), f.child(false));
        } else if (s instanceof DoStmt d) {
            statement(d.getBody(), f.child(false));
            r.exprs.type(d.getCondition(), f, JType.BOOLEAN);
        } else if (s instanceof TryStmt t) {
            tryStmt(t, f);
        } else if (s instanceof ThrowStmt t) {
            r.exprs.type(t.getExpression(), f, null);
        } else if (s instanceof SwitchStmt sw) {
            JType selector = r.exprs.type(sw.getSelector(), f, null);
            switchEntries(selector, sw.getEntries(), f, null, null);
        } else if (s instanceof LocalClassDeclarationStmt lc) {
            r.walker.localType(lc.getClassDeclaration(), f);
        } else if (s instanceof LocalRecordDeclarationStmt lr) {
            r.walker.localType(lr.getRecordDeclaration(), f);
        } else if (s instanceof ExplicitConstructorInvocationStmt ec) {
            ec.getExpression().ifPresent(e -> r.exprs.type(e, f, null));
            r.calls.constructorCall(ec.isThis(), ec.getArguments(), f);
        } else if (s instanceof SynchronizedStmt sy) {
            r.exprs.type(sy.getExpression(), f, null);
            statement(sy.getBody(), f);
        } else if (s instanceof LabeledStmt l) {
            statement(l.getStatement(), f);
        } else if (s instanceof YieldStmt y) {
            Frame yf = f.yieldFrame();
            JType t = r.exprs.type(y.getExpression(), f, null);
            if (yf != null) {
                yf.yields.add(t);
            }
        } else if (s instanceof AssertStmt a) {
            r.exprs.type(a.getCheck(), f, JType.BOOLEAN);
            a.getMessage().ifPresent(m -> r.exprs.type(m, f, null));
        } else {
            for (Node child : s.getChildNodes()) {
                if (child instanceof Statement cs) {
                    statement(cs, f);
                } else if (child instanceof Expression ce) {
                    r.exprs.type(ce, f, null);
                }
            }
        }
    }

    private void tryStmt(TryStmt t, Frame f) {
        Frame tf = f.child(false);
        t.getResources().forEach(e -> r.exprs.type(e, tf, null));
        statement(t.getTryBlock(), tf);
        for (CatchClause c : t.getCatchClauses()) {
            Frame cf = f.child(false);
            Parameter p = c.getParameter();
            p.getAnnotations().forEach(a -> r.exprs.annotation(a, cf));
            JType type;
            if (p.getType() instanceof UnionType u) {
                List<JType> alts = new ArrayList<>();
                u.getElements().forEach(e -> alts.add(r.typeOf(e, cf, EdgeKind.TYPE_USE)));
                type = commonSuperclass(alts);
            } else {
                type = r.typeOf(p.getType(), cf, EdgeKind.TYPE_USE);
            }
            cf.declare(p.getNameAsString(), type);
            statement(c.getBody(), cf);
        }
        t.getFinallyBlock().ifPresent(b -> statement(b, f));
    }

    /** The most derived superclass of the first alternative that all alternatives extend. */
    private JType commonSuperclass(List<JType> alts) {
        if (alts.isEmpty()) {
            return JType.UNKNOWN;
        }
        JType candidate = alts.get(0);
        for (int guard = 0; guard < 20 && candidate instanceof JType.Cls c; guard++) {
            boolean all = true;
            for (JType a : alts) {
                all &= r.types.assignable(a, c, false);
            }
            if (all) {
                return c;
            }
            TypeInfo t = r.types.info(c.name());
            candidate = t == null || t.superclass() == null ? JType.Cls.of("java.lang.Throwable") : t.superclass();
        }
        return candidate;
    }

    void switchEntries(JType selector, NodeList<SwitchEntry> entries, Frame f, List<JType> results, JType target) {
        JType.Cls sc = Types.classOf(selector);
        TypeInfo selInfo = sc == null ? null : r.types.info(sc.name());
        boolean enumSelector = selInfo != null && selInfo.kind() == TypeKind.ENUM;
        for (SwitchEntry entry : entries) {
            Frame ef = f.child(false);
            for (Expression label : entry.getLabels()) {
                if (enumSelector && label instanceof NameExpr n) {
                    Types.FieldHit hit = r.types.field(sc, n.getNameAsString(), new boolean[1]);
                    if (hit != null) {
                        r.recordMember(hit.field().declaring(), EdgeKind.FIELD, false);
                        continue;
                    }
                }
                if (label instanceof PatternExpr p) {
                    r.walker.pattern(p, ef, selector);
                } else {
                    r.exprs.type(label, ef, selector);
                }
            }
            entry.getGuard().ifPresent(g -> r.exprs.type(g, ef, JType.BOOLEAN));
            if (results != null) {
                ef.yields = results;
            }
            NodeList<Statement> body = entry.getStatements();
            if (results != null && entry.getType() == SwitchEntry.Type.EXPRESSION && body.size() == 1
                    && body.get(0) instanceof ExpressionStmt es) {
                results.add(r.exprs.type(es.getExpression(), ef, target));
            } else {
                body.forEach(st -> statement(st, ef));
            }
        }
    }
}
