package dev.cleave.analyzer.incremental;

import java.nio.file.Path;
import java.util.Random;

/**
 * A small generated monolith: modules of an entity, a repository interface, a service and a controller each, with
 * calls, fields and inheritance across modules, on-demand, single-type and static imports, member types, generics,
 * overloads, enums and records, so that edits reach every kind of lookup the resolver makes. Seeded.
 */
final class Monolith {
    private Monolith() {
    }

    static Path write(Path root, int modules, long seed) {
        Random random = new Random(seed);
        Edits.write(root.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId>"
                + "<artifactId>gen</artifactId><version>1</version></project>\n");
        Path src = root.resolve("src/main/java/gen");
        Edits.write(src.resolve("common/Base.java"), """
                package gen.common;
                public abstract class Base<T> {
                    public static final String KIND = "base";
                    protected T value;
                    public T get() { return value; }
                    public void set(T v) { value = v; }
                    public static String describe(Object o) { return String.valueOf(o); }
                    public static class Audit { public void log(String s) {} public void log(Object o) {} }
                }
                """);
        Edits.write(src.resolve("common/Status.java"), """
                package gen.common;
                public enum Status { NEW, ACTIVE, CLOSED; public boolean open() { return this != CLOSED; } }
                """);
        Edits.write(src.resolve("common/Money.java"), """
                package gen.common;
                public record Money(long cents, String currency) {
                    public Money plus(Money o) { return new Money(cents + o.cents, currency); }
                }
                """);
        for (int m = 0; m < modules; m++) {
            String pkg = "gen.m" + m;
            Path dir = src.resolve("m" + m);
            int dep = random.nextInt(modules);
            String depPkg = "gen.m" + dep;
            Edits.write(dir.resolve("Item" + m + ".java"), "package " + pkg + ";\n"
                    + "import gen.common.*;\n"
                    + "public class Item" + m + " extends Base<Money> {\n"
                    + "    private Status status = Status.NEW;\n"
                    + "    public Long id;\n"
                    + "    public Status status() { return status; }\n"
                    + "    public Money price() { return get(); }\n"
                    + "    public static class Line { public int qty; public Item" + m + " owner; }\n"
                    + "}\n");
            Edits.write(dir.resolve("Repo" + m + ".java"), "package " + pkg + ";\n"
                    + "import java.util.List;\n"
                    + "public interface Repo" + m + " {\n"
                    + "    Item" + m + " find(Long id);\n"
                    + "    List<Item" + m + "> all();\n"
                    + "    void save(Item" + m + " item);\n"
                    + "    default int count() { return all().size(); }\n"
                    + "}\n");
            Edits.write(dir.resolve("Service" + m + ".java"), "package " + pkg + ";\n"
                    + "import " + depPkg + ".*;\n"
                    + "import gen.common.Base.Audit;\n"
                    + "import static gen.common.Base.describe;\n"
                    + "public class Service" + m + " {\n"
                    + "    private final Repo" + m + " repo;\n"
                    + "    private final Service" + dep + " other;\n"
                    + "    private final Audit audit = new Audit();\n"
                    + "    public Service" + m + "(Repo" + m + " repo, Service" + dep + " other) {"
                    + " this.repo = repo; this.other = other; }\n"
                    + "    public Item" + m + " load(Long id) {\n"
                    + "        Item" + m + " item = repo.find(id);\n"
                    + "        audit.log(describe(item));\n"
                    + "        if (item.status().open()) { other.touch(id); }\n"
                    + "        return item;\n"
                    + "    }\n"
                    + "    public void touch(Long id) { repo.save(load(id)); }\n"
                    + "    public void touch(String code) { audit.log(code); }\n"
                    + "    public gen.common.Money total() {\n"
                    + "        return repo.all().stream().map(Item" + m + "::price)"
                    + ".reduce(new gen.common.Money(0, \"EUR\"), gen.common.Money::plus);\n"
                    + "    }\n"
                    + "}\n");
            Edits.write(dir.resolve("Controller" + m + ".java"), "package " + pkg + ";\n"
                    + "import java.util.*;\n"
                    + "public class Controller" + m + " {\n"
                    + "    private final Service" + m + " service;\n"
                    + "    private final Map<String, " + depPkg + ".Service" + dep + "> others = new HashMap<>();\n"
                    + "    public Controller" + m + "(Service" + m + " s) { this.service = s; }\n"
                    + "    public String show(Long id) {\n"
                    + "        Item" + m + ".Line line = new Item" + m + ".Line();\n"
                    + "        line.owner = service.load(id);\n"
                    + "        others.values().forEach(o -> o.touch(\"x\"));\n"
                    + "        return String.valueOf(line.owner.price()) + gen.common.Base.KIND;\n"
                    + "    }\n"
                    + "}\n");
        }
        return root;
    }
}
