package dev.cleave.splitter.internal.domain;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableUse;
import dev.cleave.model.TypeKind;
import dev.cleave.splitter.internal.GraphIndex;

import java.util.List;

/**
 * Entities of applications without a mapping framework: a plain data class (no stereotype, or a DTO) that a
 * data-access class instantiates, named after a table that class reads or writes ({@code EmployeeDao} reading
 * {@code employee} builds {@code Employee} objects from its rows), is that table's entity. JDBC monoliths name
 * their row classes after their tables as JPA ones annotate them; without this, such classes look like utilities
 * that everything uses. O(E).
 */
final class RowEntities {
    private RowEntities() {
    }

    /** The classes inferred to be entities, and for each the table it is the row type of (null elsewhere). */
    static String[] of(GraphIndex index, Anchors anchors) {
        String[] table = new String[index.vertexCount()];
        List<Node> nodes = index.graph().nodes();
        for (int e = 0; e < index.edgeCount(); e++) {
            int a = index.from(e);
            int b = index.to(e);
            if (index.kind(e) == EdgeKind.NEW && a >= 0 && b >= 0 && table[b] == null && !anchors.isAnchor(b)
                    && Roles.isDataAccess(nodes.get(a)) && isPlainData(nodes.get(b))) {
                table[b] = namesTable(anchors.words(b), nodes.get(a));
            }
        }
        return table;
    }

    private static boolean isPlainData(Node n) {
        return (n.kind() == TypeKind.CLASS || n.kind() == TypeKind.RECORD) && n.tables().isEmpty()
                && n.stereotypes().stream().allMatch(s -> s == Stereotype.DTO);
    }

    /** The table of the data-access class the words name (as {@link TableOwners} matches names), or null. */
    private static String namesTable(List<String> words, Node dataAccess) {
        String name = String.join("_", words);
        for (TableUse use : dataAccess.tables()) {
            if (use.table().equals(name) || use.table().equals(name + "s")) {
                return use.table();
            }
        }
        return null;
    }
}
