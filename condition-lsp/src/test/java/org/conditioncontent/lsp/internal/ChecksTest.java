package org.conditioncontent.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final Checks checks = new Checks(open::get, RuleSet.class.getClassLoader(), message -> { });

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
        write("strict/conditions.yml", "rules:\n  whitespace: info\n");
        write("strict/conditions.yaml", "rules:\n  whitespace: error\n");
        Path relaxed = write("articles/a.yaml", ARTICLE);
        Path strict = write("strict/b.yaml", ARTICLE);

        assertThat(checks.configFor(relaxed)).isEqualTo(workspace.resolve("conditions.yml"));
        assertThat(rules(relaxed)).doesNotContainKey("whitespace");
        assertThat(checks.configFor(strict)).isEqualTo(workspace.resolve("strict/conditions.yaml"));
        assertThat(rules(strict)).containsEntry("whitespace", Severity.ERROR);
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
