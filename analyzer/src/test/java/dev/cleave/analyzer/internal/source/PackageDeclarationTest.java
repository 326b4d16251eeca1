package dev.cleave.analyzer.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackageDeclarationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "package a.b;class X{}|a.b",
            "/* package wrong; */ package a.b ;|a.b",
            "// package wrong;\\npackage a;|a",
            "@Deprecated package a.b.c;|a.b.c",
            "package a\\n  .b;|a.b",
            "import java.util.List; class X { String s = \"package no;\"; }|''",
            "class X {}|''",
    })
    void readsTheDeclaredPackageBeforeAnyImportOrType(String head, String expected) {
        assertThat(PackageDeclaration.parse(head.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
