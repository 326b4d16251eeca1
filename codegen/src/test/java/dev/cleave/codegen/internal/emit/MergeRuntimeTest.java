package dev.cleave.codegen.internal.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code Merge} runtime, compiled from its template with a few entities as a generated system would
 * compile it, copies back what a callee changed in its copy of an argument: a new entity and the new children in its
 * collections take the ids the callee saved them with; entities with different ids are never merged. The persistence
 * annotations are two-line stand-ins, so both the {@code jakarta} and the {@code javax} generation compile here.
 */
class MergeRuntimeTest {
    private static final String ENTITIES = """
            package clinic;
            import jakarta.persistence.Id;
            import jakarta.persistence.Version;
            import java.util.*;
            class BaseEntity { @Id Integer id; }
            class Owner extends BaseEntity { @Version Integer version; String name; List<Pet> pets = new ArrayList<>();
                Set<Pet> boarded = new LinkedHashSet<>(); }
            class Pet extends BaseEntity { String name; Owner owner; }
            class Tag { @Id long id; String label; }
            class Vet { private Integer id; String name; @Id Integer getId() { return id; } }
            """;

    @TempDir
    static Path dir;

    private static ClassLoader jakarta;

    @BeforeAll
    static void compileTheRuntime() throws IOException {
        jakarta = compile(dir.resolve("jakarta"), true);
    }

    @Test
    void aNewEntityTakesTheIdVersionAndFieldsTheCalleeSavedItWith() {
        Object mine = entity("Owner", "name", "Ann");
        merge(mine, entity("Owner", "id", 13, "version", 0, "name", "Ann Lee"));
        assertThat(get(mine, "id")).isEqualTo(13);
        assertThat(get(mine, "version")).isEqualTo(0);
        assertThat(get(mine, "name")).isEqualTo("Ann Lee");
    }

    @Test
    void theNewPetsInTheCallersListTakeTheIdsOfTheCalleesPetsItDoesNotKnowInOrder() {
        Object rex = entity("Pet", "id", 2, "name", "Rex");
        Object tom = entity("Pet", "name", "Tom");
        Object kit = entity("Pet", "name", "Kit");
        Object mine = entity("Owner", "id", 1, "pets", list(tom, rex, kit));
        merge(mine, entity("Owner", "id", 1, "pets", list(entity("Pet", "id", 2, "name", "Rex II"),
                entity("Pet", "id", 7, "name", "Tom"), entity("Pet", "id", 8, "name", "Kit"))));
        assertThat(get(mine, "pets")).isEqualTo(list(tom, rex, kit));
        assertThat(Stream.of(tom, rex, kit).map(p -> get(p, "id"))).containsExactly(7, 2, 8);
        assertThat(get(rex, "name")).isEqualTo("Rex II");
    }

    @Test
    void aNewChildOfANewEntityTakesItsIdAsItsParentDoes() {
        Object tom = entity("Pet", "name", "Tom");
        Object mine = entity("Owner", "name", "Ann", "pets", list(tom));
        merge(mine, entity("Owner", "id", 13, "name", "Ann", "pets", list(entity("Pet", "id", 21, "name", "Tom"))));
        assertThat(get(mine, "id")).isEqualTo(13);
        assertThat(get(tom, "id")).isEqualTo(21);
    }

    @Test
    void newElementsAreLeftAloneWhenTheirCountDiffersFromTheCalleesUnknownOnes() {
        Object tom = entity("Pet", "name", "Tom");
        merge(entity("Owner", "id", 1, "pets", list(tom)), entity("Owner", "id", 1,
                "pets", list(entity("Pet", "id", 7, "name", "Tom"), entity("Pet", "id", 8, "name", "Kit"))));
        assertThat(get(tom, "id")).isNull();
    }

    @Test
    void inAnUnorderedCollectionOnlyASingleNewElementIsPaired() {
        Object tom = entity("Pet", "name", "Tom");
        merge(entity("Owner", "id", 1, "boarded", set(tom)),
                entity("Owner", "id", 1, "boarded", set(entity("Pet", "id", 7, "name", "Tom"))));
        assertThat(get(tom, "id")).isEqualTo(7);

        Object kit = entity("Pet", "name", "Kit");
        Object max = entity("Pet", "name", "Max");
        merge(entity("Owner", "id", 1, "boarded", set(kit, max)), entity("Owner", "id", 1,
                "boarded", set(entity("Pet", "id", 8, "name", "Kit"), entity("Pet", "id", 9, "name", "Max"))));
        assertThat(get(kit, "id")).isNull();
        assertThat(get(max, "id")).isNull();
    }

    @Test
    void objectsWithDifferentIdsAreNeverMerged() {
        Object ann = entity("Owner", "id", 1, "name", "Ann");
        merge(ann, entity("Owner", "id", 2, "version", 3, "name", "Bob"));
        merge(ann, entity("Owner", "name", "Nobody"));
        assertThat(get(ann, "id")).isEqualTo(1);
        assertThat(get(ann, "version")).isNull();
        assertThat(get(ann, "name")).isEqualTo("Ann");

        Object rex = entity("Pet", "id", 2, "name", "Rex");
        merge(entity("Owner", "id", 1, "pets", list(rex)),
                entity("Owner", "id", 1, "pets", list(entity("Pet", "id", 3, "name", "Fido"))));
        assertThat(get(rex, "id")).isEqualTo(2);
        assertThat(get(rex, "name")).isEqualTo("Rex");
    }

    @Test
    void anExistingEntitysChangedFieldsAreCopiedBackIntoTheCallersObjects() {
        Object rex = entity("Pet", "id", 2, "name", "Rex");
        Object mine = entity("Owner", "id", 1, "version", 0, "name", "Ann", "pets", list(rex));
        merge(mine, entity("Owner", "id", 1, "version", 1, "name", "Ann Lee",
                "pets", list(entity("Pet", "id", 2, "name", "Rex II"))));
        assertThat(get(mine, "version")).isEqualTo(1);
        assertThat(get(mine, "name")).isEqualTo("Ann Lee");
        assertThat(get(mine, "pets")).isEqualTo(list(rex));
        assertThat(get(rex, "name")).isEqualTo("Rex II");
    }

    @Test
    void aPrimitiveIdOfZeroIsNew() {
        Object mine = entity("Tag", "label", "new");
        merge(mine, entity("Tag", "id", 5L, "label", "saved"));
        assertThat(get(mine, "id")).isEqualTo(5L);
        assertThat(get(mine, "label")).isEqualTo("saved");

        merge(mine, entity("Tag", "id", 6L, "label", "other"));
        assertThat(get(mine, "id")).isEqualTo(5L);
        assertThat(get(mine, "label")).isEqualTo("saved");
    }

    @Test
    void anIdAnnotatedOnItsGetterIsAnIdToo() {
        Object mine = entity("Vet", "name", "James");
        merge(mine, entity("Vet", "id", 4, "name", "James Carter"));
        assertThat(get(mine, "id")).isEqualTo(4);
        assertThat(get(mine, "name")).isEqualTo("James Carter");

        merge(mine, entity("Vet", "id", 5, "name", "Helen Leary"));
        assertThat(get(mine, "id")).isEqualTo(4);
        assertThat(get(mine, "name")).isEqualTo("James Carter");
    }

    @Test
    void theJavaxGenerationCompilesAndGivesANewEntityItsIdToo() throws IOException {
        ClassLoader javax = compile(dir.resolve("javax"), false);
        Object mine = entity(javax, "Owner", "name", "Ann");
        merge(javax, mine, entity(javax, "Owner", "id", 13, "version", 0, "name", "Ann"));
        assertThat(get(mine, "id")).isEqualTo(13);
        assertThat(get(mine, "version")).isEqualTo(0);
    }

    private static ClassLoader compile(Path root, boolean jakarta) throws IOException {
        String persistence = jakarta ? "jakarta.persistence" : "javax.persistence";
        Map<String, String> sources = Map.of(
                "dev/cleave/runtime/Merge.java", new String(Resources.runtime("Merge", jakarta), StandardCharsets.UTF_8),
                "clinic/Entities.java", ENTITIES.replace("jakarta.persistence", persistence),
                persistence.replace('.', '/') + "/Id.java", annotation(persistence, "Id"),
                persistence.replace('.', '/') + "/Version.java", annotation(persistence, "Version"));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", root.resolve("classes").toString()));
        for (var source : sources.entrySet()) {
            Path file = root.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, errors, args.toArray(String[]::new));
        assertThat(rc).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        return new URLClassLoader(new URL[] {root.resolve("classes").toUri().toURL()}, null);
    }

    private static String annotation(String pkg, String name) {
        return "package " + pkg + "; @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)"
                + " public @interface " + name + " {}";
    }

    private static void merge(Object target, Object source) {
        merge(jakarta, target, source);
    }

    private static void merge(ClassLoader loader, Object target, Object source) {
        try {
            Method into = loader.loadClass("dev.cleave.runtime.Merge").getDeclaredMethod("into", Object.class,
                    Object.class);
            into.setAccessible(true);
            into.invoke(null, target, source);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object entity(String type, Object... fieldsAndValues) {
        return entity(jakarta, type, fieldsAndValues);
    }

    private static Object entity(ClassLoader loader, String type, Object... fieldsAndValues) {
        try {
            var constructor = loader.loadClass("clinic." + type).getDeclaredConstructor();
            constructor.setAccessible(true);
            Object entity = constructor.newInstance();
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                field(entity, (String) fieldsAndValues[i]).set(entity, fieldsAndValues[i + 1]);
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object get(Object entity, String name) {
        try {
            return field(entity, name).get(entity);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Field field(Object entity, String name) throws NoSuchFieldException {
        for (Class<?> c = entity.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    private static List<Object> list(Object... elements) {
        return new ArrayList<>(List.of(elements));
    }

    private static LinkedHashSet<Object> set(Object... elements) {
        return new LinkedHashSet<>(List.of(elements));
    }
}
