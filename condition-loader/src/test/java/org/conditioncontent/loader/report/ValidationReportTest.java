package org.conditioncontent.loader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.Severity;
import org.junit.jupiter.api.Test;

/** A report whose files' names are made from the list of files checked, as validate builds it. */
class ValidationReportTest {

    private static final List<Path> FOUND = List.of(Path.of("/repo/articles/a.json"), Path.of("/repo/articles/b.yaml"),
            Path.of("/repo/other/c.yml"));
    private static final List<Diagnostic> FINDINGS = List.of(
            new Diagnostic("articles/a.json", 3, 5, "/title", Severity.ERROR, "required", "The title is missing"));

    private static ValidationReport named() {
        return ValidationReport.of(new ArticleFiles(FOUND, Map.of()), name -> name.substring("/repo/".length()), FINDINGS,
                Rules.all(), Path.of("/repo"), "1.0");
    }

    @Test
    void namesTheFilesAsNamingSaysInTheirOrder() {
        assertThat(named().files()).containsExactly("articles/a.json", "articles/b.yaml", "other/c.yml");
    }

    @Test
    void writesEveryReportAsOneWithTheNamesAsStrings() {
        ValidationReport strings = new ValidationReport(List.of("articles/a.json", "articles/b.yaml", "other/c.yml"), FINDINGS,
                Rules.all(), Path.of("/repo"), "1.0");
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(named())).as(format.name()).isEqualTo(format.render(strings));
        }
        assertThat(named()).isEqualTo(strings);
    }

    @Test
    void theNamesCannotBeChanged() {
        List<String> files = named().files();
        assertThatThrownBy(() -> files.add("d.json")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> files.set(0, "d.json")).isInstanceOf(UnsupportedOperationException.class);
    }
}
