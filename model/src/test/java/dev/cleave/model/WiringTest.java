package dev.cleave.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WiringTest {
    @Test
    void targetsAreTheClassesOfTheOperations() {
        Wiring w = new Wiring("a", "b", "rest", List.of("x.B#find(int)", "x.B#save(x.E)", "x.C"));
        assertThat(w.targets()).containsExactly("x.B", "x.C");
        assertThat(Wiring.typeOf("x.B#find(int)")).isEqualTo("x.B");
    }

    @Test
    void dataAccessIsLocalByDefaultAndEverythingElseRemote() {
        Node repo = new Node("x.Repo", TypeKind.INTERFACE, "x/Repo.java", 3, List.of(), List.of(Stereotype.REPOSITORY),
                List.of(), List.of(), false);
        Node mapper = new Node("x.Mapper", TypeKind.INTERFACE, "x/Mapper.java", 3, List.of(),
                List.of(Stereotype.MAPPER), List.of(), List.of(), false);
        Node service = new Node("x.Svc", TypeKind.CLASS, "x/Svc.java", 3, List.of(), List.of(Stereotype.SERVICE),
                List.of(), List.of(), false);
        assertThat(Access.defaultFor(repo)).isEqualTo(Access.LOCAL);
        assertThat(Access.defaultFor(mapper)).isEqualTo(Access.LOCAL);
        assertThat(Access.defaultFor(service)).isEqualTo(Access.REMOTE);
        Node entity = new Node("x.E", TypeKind.CLASS, "x/E.java", 3, List.of(), List.of(Stereotype.ENTITY),
                List.of(), List.of(), false);
        assertThat(Access.defaultFor(entity)).as("values are copied").isEqualTo(Access.LOCAL);
        assertThat(Access.switchable(entity)).isFalse();
        assertThat(Access.switchable(repo)).isTrue();
        assertThat(Access.switchable(service)).isTrue();
        assertThat(Access.defaultFor(null)).as("a class the graph lacks").isEqualTo(Access.LOCAL);
        Wiring w = new Wiring("a", "b", "rest", List.of("x.Repo"), Map.of("x.Repo", Access.REMOTE));
        assertThat(w.accessOf("x.Repo", repo)).isEqualTo(Access.REMOTE);
    }

    @Test
    void switchesStayWhileTheSamePairStillDependsOnTheClass() {
        List<Wiring> before = List.of(
                new Wiring("a", "b", "rest", List.of("x.B", "x.Repo"), Map.of("x.B", Access.LOCAL, "x.Repo",
                        Access.REMOTE)),
                new Wiring("a", "c", "rest", List.of("x.C"), Map.of("x.C", Access.LOCAL)));
        List<Wiring> fresh = List.of(
                new Wiring("a", "b", "rest", List.of("x.B#run()")),
                new Wiring("c", "b", "rest", List.of("x.B")));
        List<Wiring> kept = Wiring.keepSwitches(before, fresh);
        assertThat(kept.get(0).access()).as("x.Repo moved away: its switch went with the edge")
                .isEqualTo(Map.of("x.B", Access.LOCAL));
        assertThat(kept.get(1).access()).as("another pair").isEmpty();
    }
}
