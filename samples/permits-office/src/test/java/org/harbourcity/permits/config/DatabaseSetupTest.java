package org.harbourcity.permits.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseSetupTest {

    @Test
    void theScriptsSplitIntoStatementsWithoutCommentsOrSemicolons() throws IOException {
        List<String> schema = DatabaseSetup.statements("/sql/schema.sql");
        assertEquals(10, schema.size());
        assertTrue(schema.stream().allMatch(s -> s.startsWith("CREATE TABLE") && !s.endsWith(";")), schema.toString());
        List<String> seed = DatabaseSetup.statements("/sql/seed.sql");
        assertTrue(seed.stream().allMatch(s -> s.startsWith("INSERT INTO")), seed.toString());
        assertEquals(30, seed.size());
    }

    @Test
    void aMissingScriptIsAnError() {
        assertThrows(IOException.class, () -> DatabaseSetup.statements("/sql/nothing.sql"));
    }
}
