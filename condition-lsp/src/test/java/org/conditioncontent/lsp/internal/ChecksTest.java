package org.conditioncontent.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles are checked with the nearest conditions.yaml, and a conditions.yaml is checked itself. */
class ChecksTest {

    private static final String ARTICLE = "formatVersion: 2\nid: x\ntitle: Leg  cramps\n";

    @TempDir
    Path workspace;

    private final Map<Path, String> open = new HashMap<>();
    /** What the server showed the user. */
    private final List<String> shown = new ArrayList<>();
    private final Checks checks = new Checks(open::get, RuleSet.class.getClassLoader(), shown::add);

    @Test
    void theNearestConfigurationInTheWorkspaceConfiguresTheRules() throws IOException {
        checks.addRoot(workspace);
        write("conditions.yaml", "rules:\n  whitespace: off\n");
        write("strict/conditions.yaml", "rules:\n  whitespace: error\n");
        Path relaxed = write("articles/a.yaml", ARTICLE);
        Path strict = write("strict/deeper/b.yaml", ARTICLE);

        assertThat(checks.configFor(relaxed)).isEqualTo(workspace.resolve("conditions.yaml"));
        assertThat(rules(relaxed)).doesNotContainKey("whitespace");
        assertThat(rules(strict)).containsEntry("whitespace", Severity.ERROR);
    }

    @Test
    void aConfigurationNamedYmlConfiguresTheRulesWhereThereIsNoYaml() throws IOException {
        checks.addRoot(workspace);
        write("conditions.yml", "rules:\n  whitespace: off\n");
        write("strict/conditions.yaml", "rules:\n  whitespace: error\n");
        Path relaxed = write("articles/a.yaml", ARTICLE);
        Path strict = write("strict/b.yaml", ARTICLE);

        assertThat(checks.configFor(relaxed)).isEqualTo(workspace.resolve("conditions.yml"));
        assertThat(rules(relaxed)).doesNotContainKey("whitespace");
        assertThat(checks.configFor(strict)).isEqualTo(workspace.resolve("strict/conditions.yaml"));
        assertThat(rules(strict)).containsEntry("whitespace", Severity.ERROR);
    }

    /**
     * conditions validate stops where both names are (which one holds the team's rules would be a
     * guess); the server checks with the default settings, neither file's, and shows the command's
     * reason once, again only after a check found one of them alone. It took conditions.yaml
     * without a word.
     */
    @Test
    void bothNamesInOneFolderConfigureNothingAndTheUserIsToldWhyOnce() throws IOException {
        checks.addRoot(workspace);
        write("conditions.yaml", "rules:\n  whitespace: off\n");
        Path yml = write("conditions.yml", "rules:\n  whitespace: error\n");
        Path article = write("articles/a.yaml", ARTICLE);
        String both = "conditions: both conditions.yaml and conditions.yml are in " + workspace + ", and only one can configure"
                + " the rules; remove one of them; the articles under it are checked with the rules' default settings until one"
                + " is removed";

        assertThat(checks.configFor(article)).isNull();
        assertThat(checks.configurationsFor(article)).containsExactly(workspace.resolve("conditions.yaml"), yml);
        assertThat(rules(article)).as("the default settings").containsEntry("whitespace", Severity.WARNING);
        assertThat(rules(article)).containsEntry("whitespace", Severity.WARNING);
        assertThat(shown).containsExactly(both);

        Files.delete(yml);
        assertThat(rules(article)).as("conditions.yaml alone").doesNotContainKey("whitespace");
        open.put(yml, "rules:\n  whitespace: error\n");
        assertThat(rules(article)).as("a conditions.yml open in the editor counts, as it is typed").containsEntry("whitespace",
                Severity.WARNING);
        assertThat(shown).containsExactly(both, both);
    }

    @Test
    void withoutAConfigurationTheRulesKeepTheirDefaults() throws IOException {
        checks.addRoot(workspace);
        Path article = write("a.yaml", ARTICLE);
        assertThat(checks.configFor(article)).isNull();
        assertThat(rules(article)).containsEntry("whitespace", Severity.WARNING);
    }

    /**
     * A file outside every workspace folder, or with none open, takes the configuration of its own
     * folder only: not one found further up the disk, which no command run for it would read.
     */
    @Test
    void outsideTheWorkspaceOnlyTheFilesOwnFolderCounts() throws IOException {
        write("conditions.yaml", "rules:\n  whitespace: off\n");
        Path deeper = write("elsewhere/a.yaml", ARTICLE);
        Path beside = write("b.yaml", ARTICLE);

        assertThat(checks.configFor(deeper)).as("no workspace folder: not the one above").isNull();
        assertThat(rules(deeper)).containsEntry("whitespace", Severity.WARNING);
        assertThat(checks.configFor(beside)).as("its own folder's").isEqualTo(workspace.resolve("conditions.yaml"));
        Checks inWorkspace = new Checks(open::get, RuleSet.class.getClassLoader(), message -> { });
        inWorkspace.addRoot(workspace);
        assertThat(inWorkspace.configFor(deeper)).as("inside the workspace: up to its folder").isEqualTo(workspace.resolve("conditions.yaml"));
    }

    /**
     * The document's size limit counts bytes, as {@code conditions validate} counts them in the
     * saved file: 2,500,000 characters of "é" are 5,000,000 bytes, over the default limit of 4 MiB
     * (4,194,304), which the characters are under.
     */
    @Test
    void theSizeLimitCountsTheBytesTheFileWillHave() throws IOException {
        checks.addRoot(workspace);
        String text = ARTICLE + "# " + "é".repeat(2_500_000) + "\n";
        Path article = write("big.yaml", text);
        OpenDocument doc = OpenDocument.of(article.toUri().toString(), text, 1);

        List<String> inTheEditor = checks.check(doc).diagnostics().stream().map(Diagnostic::rule).toList();
        List<String> inCi = ConditionLoader.builder().build().load(article).diagnostics().stream().map(Diagnostic::rule).toList();

        assertThat(inTheEditor).contains("limit").isEqualTo(inCi);
    }

    @Test
    void anOpenConfigurationCountsAsItIsTyped() throws IOException {
        checks.addRoot(workspace);
        Path config = write("conditions.yaml", "rules:\n  whitespace: off\n");
        Path article = write("a.yaml", ARTICLE);
        assertThat(rules(article)).doesNotContainKey("whitespace");
        open.put(config, "rules:\n  whitespace: info\n");
        assertThat(rules(article)).containsEntry("whitespace", Severity.INFO);
    }

    @Test
    void aConfigurationDocumentGetsItsOwnFindings() {
        OpenDocument config = OpenDocument.of(workspace.resolve("conditions.yaml").toUri().toString(),
                "rules:\n  whitespce: off\n", 1);
        assertThat(config.kind()).isEqualTo(DocumentKind.RULES_CONFIG);
        assertThat(checks.check(config).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("unknown-field");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).contains("did you mean \"whitespace\"?");
        });
    }

    private Map<String, Severity> rules(Path article) throws IOException {
        OpenDocument doc = OpenDocument.of(article.toUri().toString(), Files.readString(article, StandardCharsets.UTF_8), 1);
        Map<String, Severity> found = new HashMap<>();
        for (Diagnostic d : checks.check(doc).diagnostics()) {
            found.put(d.rule(), d.severity());
        }
        return found;
    }

    private Path write(String name, String text) throws IOException {
        Path file = workspace.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toAbsolutePath().normalize();
    }
}
