package dev.cleave.web.project;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed analysis of an uploaded project gives advice about uploads, not about folders to point Cleave at. */
class UploadAdviceTest {
    private static final String ANALYZER = "no Java sources found under %s: point Cleave at the project folder that"
            + " contains src/ or the packages";

    @Test
    void anUploadIsToldToUploadAnotherZip() {
        Path source = Path.of("/ws/.cleave-wizard/projects/shop/source/shop");
        Project upload = new Project("shop", "shop", Project.Kind.UPLOAD, source);
        String advice = Analyses.forUser(upload, ANALYZER.formatted(source));
        assertThat(advice).isEqualTo("no Java sources found under the uploaded zip: zip the project folder that"
                + " contains src/ (or the packages) and upload that as a new project");
    }

    @Test
    void aFolderKeepsTheAnalyzersAdvice() {
        Path source = Path.of("/ws/shop");
        Project folder = new Project("shop", "shop", Project.Kind.FOLDER, source);
        assertThat(Analyses.forUser(folder, ANALYZER.formatted(source))).isEqualTo(ANALYZER.formatted(source));
    }
}
