package com.northfield.payroll.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DbUtilTest {

    @Test
    void aScriptSplitsIntoItsStatementsWithoutCommentLinesOrSemicolons() {
        List<String> statements = DbUtil.readScript("/sql/schema.sql");
        assertEquals(8, statements.size());
        assertTrue(statements.get(0).startsWith("CREATE TABLE department"));
        statements.forEach(sql -> assertFalse(sql.endsWith(";") || sql.startsWith("--"), sql));
    }

    @Test
    void aQuoteInsideAValueDoesNotEndTheStatement() {
        assertTrue(DbUtil.readScript("/sql/seed.sql").stream().anyMatch(sql -> sql.contains("'O''Neill'")));
    }
}
