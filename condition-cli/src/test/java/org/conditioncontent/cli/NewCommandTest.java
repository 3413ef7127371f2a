package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @Test
    void writesAnArticleThatPassesTheStructuralChecksAndListsWhatIsLeftToWrite(@TempDir Path dir) {
        CommandRun made = CommandRun.in(dir, "new", "leg-cramps", "--title", "Leg Cramps");

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(dir.resolve("leg-cramps.yaml")).exists();
        assertThat(made.err()).as("as many things to write as validate reports next")
                .contains("Wrote leg-cramps.yaml with 3 sections and the references to fill in");

        CommandRun checked = CommandRun.in(dir, "validate", "leg-cramps.yaml");

        assertThat(checked.exitCode()).isEqualTo(1);
        // Only the editorial rule that says what to write: nothing structural, nothing else.
        assertThat(checked.outLines()).filteredOn(line -> line.contains(": error: ") || line.contains(": warning: "))
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).startsWith("leg-cramps.yaml:").endsWith("[required-section]"))
                .anySatisfy(line -> assertThat(line).contains("The definition section is empty"))
                .anySatisfy(line -> assertThat(line).contains("The symptoms section is empty"))
                .anySatisfy(line -> assertThat(line).contains("The treatment section is empty"))
                .anySatisfy(line -> assertThat(line).contains("The article cites no references"));
    }

    @Test
    void anIdThatAnHtmlExportRefusesIsToldWhenTheArticleIsWritten(@TempDir Path dir) {
        CommandRun made = CommandRun.in(dir, "new", "index");

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(dir.resolve("index.yaml")).exists();
        assertThat(made.errLines()).last().asString().startsWith("Note: The id \"index\" is the name of an HTML export's A-Z index page")
                .endsWith("give the article another id [reserved-id]");
        assertThat(CommandRun.in(dir, "new", "indexes").err()).doesNotContain("Note:");
    }

    @Test
    void anIdThatTheTeamMadeAnErrorIsRefusedAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("conditions.yaml"), "rules:\n  reserved-id: error\n");

        CommandRun made = CommandRun.in(dir, "new", "index");

        assertThat(made.exitCode()).isEqualTo(2);
        assertThat(made.err()).contains("conditions: the id \"index\" is the name of an HTML export's A-Z index page",
                "(reserved-id is an error in the rules configuration)");
        assertThat(dir.resolve("index.yaml")).doesNotExist();
    }

    @Test
    void writesTheSectionsTheTeamRequires(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("conditions.yaml"), "rules:\n  required-section:\n    sections: [outlook, definition, references]\n");

        CommandRun made = CommandRun.in(dir, "new", "heat-rash");

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.err()).contains("with 2 sections and the references to fill in");
        String article = Files.readString(dir.resolve("heat-rash.yaml"));
        assertThat(article).contains("id: heat-rash", "title: Heat rash");
        assertThat(article.indexOf("outlook")).isPositive().isLessThan(article.indexOf("definition"));
        assertThat(article).doesNotContain("symptoms", "treatment");
        CommandRun checked = CommandRun.in(dir, "validate", "heat-rash.yaml");
        assertThat(checked.outLines()).filteredOn(line -> line.endsWith("[required-section]")).hasSize(3);
        assertThat(checked.outLines()).last().isEqualTo("1 files, 3 errors, 0 warnings");
    }

    @Test
    void writesNoEmptySectionWhenTheTeamRequiresNone(@TempDir Path dir) throws IOException {
        // Empty sections that no rule checks would pass validate, and export a page with a title alone.
        Files.writeString(dir.resolve("conditions.yaml"), "rules:\n  required-section: off\n");

        CommandRun made = CommandRun.in(dir, "new", "heat-rash");

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(Files.readString(dir.resolve("heat-rash.yaml"))).contains("id: heat-rash").doesNotContain("body", "definition");
        assertThat(made.err()).isEqualTo("Wrote heat-rash.yaml with no section, as the rules require none; add the sections the"
                + " article needs (docs/format-reference.md), then check it with conditions validate heat-rash.yaml" + System.lineSeparator());
    }

    @Test
    void countsNoReferencesWhenTheTeamDoesNotRequireThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("conditions.yaml"), "rules:\n  required-section:\n    sections: [definition]\n");

        CommandRun made = CommandRun.in(dir, "new", "heat-rash");

        assertThat(made.err()).contains("Wrote heat-rash.yaml with 1 section to fill in;");
        assertThat(CommandRun.in(dir, "validate", "heat-rash.yaml").outLines()).last().isEqualTo("1 files, 1 errors, 0 warnings");
    }

    @Test
    void quotesThePathOfTheNextCommandAsAShellNeedsIt(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub dir"));

        CommandRun made = CommandRun.in(dir, "new", "heat-rash", "--out", "sub dir/ü.yaml");

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.err()).contains("; conditions validate 'sub dir/ü.yaml' lists what is still to write");
        assertThat(Files.readString(dir.resolve("sub dir/ü.yaml"))).contains("#   conditions validate 'sub dir/ü.yaml'\n");
    }

    @Test
    void aShellWordIsQuotedOnlyWhenItNeedsToBe() {
        assertThat(NewCommand.shellWord("articles/leg-cramps.yaml")).isEqualTo("articles/leg-cramps.yaml");
        assertThat(NewCommand.shellWord("my articles/a.yaml")).isEqualTo("'my articles/a.yaml'");
        assertThat(NewCommand.shellWord("it's $HOME.yaml")).isEqualTo("'it'\\''s $HOME.yaml'");
        assertThat(NewCommand.shellWord("")).isEqualTo("''");
    }

    @Test
    void neverOverwritesAFile(@TempDir Path dir) throws IOException {
        Path existing = Files.writeString(dir.resolve("leg-cramps.yaml"), "an editor's work\n");

        CommandRun made = CommandRun.in(dir, "new", "leg-cramps");

        assertThat(made.exitCode()).isEqualTo(2);
        assertThat(made.err()).contains("leg-cramps.yaml exists");
        assertThat(existing).hasContent("an editor's work");
    }

    @Test
    void refusesAnIdThatIsNotOne(@TempDir Path dir) throws IOException {
        CommandRun made = CommandRun.in(dir, "new", "Leg Cramps");

        assertThat(made.exitCode()).isEqualTo(2);
        assertThat(made.err()).contains("must be lower-case letters and digits");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
