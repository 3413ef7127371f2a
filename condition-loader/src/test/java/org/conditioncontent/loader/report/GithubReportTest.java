package org.conditioncontent.loader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.Severity;
import org.junit.jupiter.api.Test;

/** The GitHub Actions workflow commands. */
class GithubReportTest {

    private static List<String> report(List<Diagnostic> diagnostics, Path workingDirectory) {
        CorpusResult corpus = new CorpusResult(List.of(new LoadResult("a.yaml", null, diagnostics)), diagnostics);
        return ReportFormat.GITHUB.render(ValidationReport.of(corpus, Rules.all(), workingDirectory, "1.0")).lines().toList();
    }

    @Test
    void escapesMessagesAndProperties() {
        assertThat(GithubReport.data("100% sure\r\nnext: a, b")).isEqualTo("100%25 sure%0D%0Anext: a, b");
        assertThat(GithubReport.property("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");

        List<String> lines = report(List.of(new Diagnostic("dir, with: odd%name.yaml", 2, 3, "", Severity.INFO, "r", "50%\nof it")), Path.of("/repo"));

        assertThat(lines).containsExactly(
                "::notice file=dir%2C with%3A odd%25name.yaml,line=2,col=3,title=r::50%25%0Aof it",
                "1 files, 0 errors, 0 warnings");
    }

    @Test
    void namesThatCannotBePathsHereAreNamedAsTheyRead() {
        // NUL is in no path, as U+FFFD is in none of a JVM on Linux in the C locale.
        List<String> lines = report(List.of(new Diagnostic("./dir/caf\u0000.yaml", 2, 3, "", Severity.ERROR, "r", "m"),
                new Diagnostic("/elsewhere/caf\u0000.yaml", 4, 5, "", Severity.ERROR, "r", "m")), Path.of("/repo"));

        assertThat(lines).containsExactly(
                "::error file=dir/caf\\x00.yaml,line=2,col=3,title=r::m",
                "::error file=/elsewhere/caf\\x00.yaml,line=4,col=5,title=r::m",
                "1 files, 2 errors, 0 warnings");
    }

    @Test
    void showsControlCharactersOtherThanLineBreaksAsVisibleEscapes() {
        // ESC in a file's name reached the log raw, where it changes colours or hides what follows.
        List<String> lines = report(List.of(new Diagnostic("e\u001b[31mred.yaml", 1, 1, "", Severity.ERROR, "r",
                "m\u001b]0;title\u0007 \u202eevil")), Path.of("/repo"));

        assertThat(lines.get(0)).isEqualTo("::error file=e\\x1b[31mred.yaml,line=1,col=1,title=r::m\\x1b]0;title\\x07 \\u202eevil");
        assertThat(String.join("\n", lines)).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
    }

    @Test
    void saysSoWhenGithubWillNotShowEveryAnnotation() {
        List<Diagnostic> ten = new ArrayList<>();
        IntStream.rangeClosed(1, 10).forEach(i -> ten.add(new Diagnostic("a.yaml", i, 1, "", Severity.ERROR, "required", "m")));
        List<Diagnostic> eleven = new ArrayList<>(ten);
        eleven.add(new Diagnostic("a.yaml", 11, 1, "", Severity.ERROR, "required", "m"));

        assertThat(report(ten, Path.of("/repo"))).last().isEqualTo("1 files, 10 errors, 0 warnings");
        List<String> capped = report(eleven, Path.of("/repo"));
        assertThat(capped).hasSize(13);
        assertThat(capped.get(11)).isEqualTo("1 files, 11 errors, 0 warnings");
        assertThat(capped.get(12)).startsWith("GitHub annotates at most 10 errors, 10 warnings and 10 notices per step");
    }
}
