package dev.cleave.web.store;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanJson;
import dev.cleave.web.store.HistoryEntry.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Versions, undo and redo, conflicts, restarts and imported or malformed plan.json files. */
class PlanStoreTest {
    private static final Plan P1 = Plans.plan("billing", "com.x.Invoice");
    private static final Plan P2 = Plans.move(P1, "com.x.Foo", "billing");
    private static final Plan P3 = Plans.move(P2, "com.x.Bar", "orders");
    private static final Plan P4 = Plans.move(P2, "com.x.Baz", "shipping");

    @TempDir
    Path dir;

    @Test
    void anEmptyProjectHasNoVersionAndNoHistory() {
        PlanStore store = new PlanStore(dir);

        assertThat(store.current()).isEmpty();
        assertThat(store.history()).isEmpty();
        assertThat(dir.resolve("plan.json")).doesNotExist();
    }

    @Test
    void everySaveIsANewVersionAndPlanJsonIsWhatPlanJsonWrites() throws Exception {
        PlanStore store = new PlanStore(dir);

        VersionedPlan v1 = store.save(P1, 0, "split");
        VersionedPlan v2 = store.save(P2, 1, "move com.x.Foo to billing");

        assertThat(v1).isEqualTo(new VersionedPlan(1, P1, "split", false, false));
        assertThat(v2).isEqualTo(new VersionedPlan(2, P2, "move com.x.Foo to billing", true, false));
        assertThat(store.current()).contains(v2);
        assertThat(Files.readString(dir.resolve("plan.json"))).isEqualTo(PlanJson.toJson(P2));
        assertThat(PlanJson.read(dir.resolve("plan.json"))).isEqualTo(P2);
        assertThat(dir.resolve("history")).isDirectoryContaining(p -> p.endsWith("000001.json"))
                .isDirectoryContaining(p -> p.endsWith("000002.json"));
    }

    @Test
    void undoAndRedoAreNewVersionsThatWalkBackAndForth() throws Exception {
        PlanStore store = threeEdits();

        VersionedPlan undo1 = store.undo(3);
        VersionedPlan undo2 = store.undo(4);
        VersionedPlan redo1 = store.redo(5);
        VersionedPlan redo2 = store.redo(6);

        assertThat(undo1).isEqualTo(new VersionedPlan(4, P2, "undo move com.x.Bar to orders", true, true));
        assertThat(undo2).isEqualTo(new VersionedPlan(5, P1, "undo move com.x.Foo to billing", false, true));
        assertThat(redo1).isEqualTo(new VersionedPlan(6, P2, "redo move com.x.Foo to billing", true, true));
        assertThat(redo2).isEqualTo(new VersionedPlan(7, P3, "redo move com.x.Bar to orders", true, false));
        assertThat(store.history()).extracting(HistoryEntry::version, HistoryEntry::kind, HistoryEntry::madeFrom)
                .containsExactly(tuple(1L, Kind.EDIT, 0L), tuple(2L, Kind.EDIT, 1L), tuple(3L, Kind.EDIT, 2L),
                        tuple(4L, Kind.UNDO, 3L), tuple(5L, Kind.UNDO, 4L), tuple(6L, Kind.REDO, 5L),
                        tuple(7L, Kind.REDO, 6L));
    }

    @Test
    void anEditAfterUndoForgetsWhatCouldBeRedoneAndIsItselfUndoable() throws Exception {
        PlanStore store = threeEdits();
        store.undo(3);

        VersionedPlan edit = store.save(P4, 4, "move com.x.Baz to shipping");
        VersionedPlan undo = store.undo(5);
        VersionedPlan undoAgain = store.undo(6);

        assertThat(edit).isEqualTo(new VersionedPlan(5, P4, "move com.x.Baz to shipping", true, false));
        assertThat(undo).isEqualTo(new VersionedPlan(6, P2, "undo move com.x.Baz to shipping", true, true));
        assertThat(undoAgain).isEqualTo(new VersionedPlan(7, P1, "undo move com.x.Foo to billing", false, true));
        assertThat(store.redo(7).plan()).isEqualTo(P2);
        assertThat(store.redo(8).plan()).isEqualTo(P4);
        assertThatThrownBy(() -> store.redo(9)).isInstanceOf(IllegalStateException.class).hasMessage("nothing to redo");
    }

    @Test
    void nothingToUndoOrRedo() throws Exception {
        PlanStore store = new PlanStore(dir);
        assertThatThrownBy(() -> store.undo(0)).isInstanceOf(IllegalStateException.class).hasMessage("nothing to undo");
        store.save(P1, 0, "split");

        assertThatThrownBy(() -> store.undo(1)).isInstanceOf(IllegalStateException.class).hasMessage("nothing to undo");
        assertThatThrownBy(() -> store.redo(1)).isInstanceOf(IllegalStateException.class).hasMessage("nothing to redo");
        assertThat(store.current().orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aRestartedStoreKeepsVersionsPlanHistoryAndBothStacks() throws Exception {
        PlanStore before = threeEdits();
        before.undo(3);
        VersionedPlan last = before.undo(4);

        PlanStore after = new PlanStore(dir);

        assertThat(after.current()).contains(last);
        assertThat(after.history()).isEqualTo(before.history());
        assertThat(after.redo(5)).isEqualTo(new VersionedPlan(6, P2, "redo move com.x.Foo to billing", true, true));
        assertThat(new PlanStore(dir).undo(6)).isEqualTo(new VersionedPlan(7, P1, "undo move com.x.Foo to billing",
                false, true));
    }

    @Test
    void aStaleSaveIsRefusedAndWritesNothing() throws Exception {
        PlanStore store = threeEdits();
        byte[] planJson = Files.readAllBytes(dir.resolve("plan.json"));

        assertThatThrownBy(() -> store.save(P4, 2, "move com.x.Baz to shipping"))
                .isInstanceOfSatisfying(StalePlanException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(2);
                    assertThat(e.currentVersion()).isEqualTo(3);
                })
                .hasMessage("the plan was changed elsewhere (version 3, you had 2): reload to see it;"
                        + " your edit was not applied");
        assertThatThrownBy(() -> store.save(P4, 0, "split again")).isInstanceOf(StalePlanException.class);
        assertThat(Files.readAllBytes(dir.resolve("plan.json"))).isEqualTo(planJson);
        assertThat(dir.resolve("history").toFile().list()).hasSize(3);
        assertThat(store.current().orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void staleUndoAndRedoAreRefused() throws Exception {
        PlanStore store = threeEdits();
        store.undo(3);

        assertThatThrownBy(() -> store.undo(3)).isInstanceOf(StalePlanException.class)
                .hasMessageContaining("(version 4, you had 3)").hasMessageEndingWith("your undo was not applied");
        assertThatThrownBy(() -> store.redo(3)).isInstanceOf(StalePlanException.class)
                .hasMessageEndingWith("your redo was not applied");
        assertThat(store.history()).hasSize(4);
    }

    @Test
    void aPlanJsonWithoutHistoryIsImportedAsVersionOne() throws Exception {
        PlanJson.write(P2, dir.resolve("plan.json"));

        PlanStore store = new PlanStore(dir);

        assertThat(store.current()).contains(new VersionedPlan(1, P2, "imported plan.json", false, false));
        assertThat(store.history()).containsExactly(new HistoryEntry(1, "imported plan.json", Kind.EDIT, 0));
        assertThat(Files.readString(dir.resolve("plan.json"))).isEqualTo(PlanJson.toJson(P2));
    }

    @Test
    void aHandFormattedPlanJsonIsImportedAndRewrittenAsPlanJsonWritesIt() throws Exception {
        Files.writeString(dir.resolve("plan.json"), "{\"schemaVersion\":1,\"services\":[{\"name\":\"billing\","
                + "\"classes\":[\"com.x.Invoice\"]}]}");

        PlanStore store = new PlanStore(dir);

        assertThat(store.current().orElseThrow().plan()).isEqualTo(P1);
        assertThat(Files.readString(dir.resolve("plan.json"))).isEqualTo(PlanJson.toJson(P1));
    }

    @Test
    void aPlanJsonChangedOutsideTheWizardBecomesANewUndoableVersion() throws Exception {
        PlanStore store = threeEdits();
        PlanJson.write(P4, dir.resolve("plan.json"));

        assertThatThrownBy(() -> store.save(P1, 3, "an edit from the page")).isInstanceOf(StalePlanException.class);
        VersionedPlan current = store.current().orElseThrow();

        assertThat(current).isEqualTo(new VersionedPlan(4, P4, "plan.json changed outside the wizard", true, false));
        assertThat(store.undo(4).plan()).isEqualTo(P3);
    }

    @Test
    void aMalformedPlanJsonIsLeftInPlaceWithAMessageNamingItAndTheFix() throws Exception {
        Path planJson = dir.resolve("plan.json");
        Files.writeString(planJson, "{\"schemaVersion\": 1, \"services\": [");
        Path realPlanJson = dir.toRealPath().resolve("plan.json");

        assertThatThrownBy(() -> new PlanStore(dir))
                .isInstanceOfSatisfying(UnreadableProjectException.class,
                        e -> assertThat(e.file()).isEqualTo(realPlanJson))
                .hasMessageContaining(realPlanJson.toString())
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("fix the file, or move it away");
        assertThat(Files.readString(planJson)).isEqualTo("{\"schemaVersion\": 1, \"services\": [");
        assertThat(dir.resolve("history")).doesNotExist();
    }

    @Test
    void aMalformedPlanJsonWithHistoryIsLeftInPlaceAndTheMessageSaysHowToGetTheLatestVersionBack() throws Exception {
        threeEdits();
        Path planJson = dir.resolve("plan.json");
        Files.writeString(planJson, "not json");

        assertThatThrownBy(() -> new PlanStore(dir)).isInstanceOf(UnreadableProjectException.class)
                .hasMessageContaining(planJson.toRealPath().toString())
                .hasMessageContaining("delete it to get version 3 back from the history");
        assertThat(Files.readString(planJson)).isEqualTo("not json");

        Files.delete(planJson);
        assertThat(new PlanStore(dir).current().orElseThrow().plan()).isEqualTo(P3);
        assertThat(PlanJson.read(planJson)).isEqualTo(P3);
    }

    @Test
    void aGapInTheHistoryIsReportedNotPapered() throws Exception {
        threeEdits();
        Files.delete(dir.resolve("history/000002.json"));

        assertThatThrownBy(() -> new PlanStore(dir)).isInstanceOf(UnreadableProjectException.class)
                .hasMessageContaining("000002.json").hasMessageContaining("version 2 is missing")
                .hasMessageContaining("move the folder");
    }

    @Test
    void aDamagedHistoryFileIsReported() throws Exception {
        threeEdits();
        Files.writeString(dir.resolve("history/000003.json"), "{\"schemaVersion\": 1, \"version\": 3,");

        assertThatThrownBy(() -> new PlanStore(dir)).isInstanceOf(UnreadableProjectException.class)
                .hasMessageContaining("000003.json: the plan history is damaged");
    }

    @Test
    void historyFilesHoldTheEnvelopeWithThePlanVerbatim() throws Exception {
        threeEdits();

        String file = Files.readString(dir.resolve("history/000002.json"), StandardCharsets.UTF_8);

        assertThat(file).startsWith("{\n  \"schemaVersion\" : 1,\n  \"version\" : 2,\n  \"kind\" : \"edit\",\n"
                + "  \"madeFrom\" : 1,\n  \"action\" : \"move com.x.Foo to billing\",\n  \"plan\" : ");
        assertThat(file).contains(PlanJson.toJson(P2).strip());
    }

    @Test
    void anActionMustSayWhatChanged() {
        PlanStore store = new PlanStore(dir);

        assertThatThrownBy(() -> store.save(P1, 0, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.history()).isEmpty();
    }

    private PlanStore threeEdits() throws StalePlanException {
        PlanStore store = new PlanStore(dir);
        store.save(P1, 0, "split");
        store.save(P2, 1, "move com.x.Foo to billing");
        store.save(P3, 2, "move com.x.Bar to orders");
        assertThat(store.history()).extracting(HistoryEntry::action)
                .isEqualTo(List.of("split", "move com.x.Foo to billing", "move com.x.Bar to orders"));
        return store;
    }
}
