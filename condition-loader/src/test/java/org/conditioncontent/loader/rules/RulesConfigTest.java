package org.conditioncontent.loader.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a rules configuration file: only a regular file, never more than its limit, UTF-8. */
class RulesConfigTest {

    @TempDir
    Path dir;

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("conditions.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(1_500_000_000L); // sparse: no disk space, but 1.5 GB to a reader
        }

        assertThatThrownBy(() -> RulesConfig.read(huge)).isInstanceOfSatisfying(RulesConfigException.class, e ->
                assertThat(e.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                        .isEqualTo("The rules configuration is 1500000000 bytes long, over the limit of 1000000 bytes for a configuration")));
    }

    @Test
    void aFolderIsNamedAsOne() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("conditions.yaml"));

        assertThatThrownBy(() -> RulesConfig.read(folder)).isInstanceOfSatisfying(RulesConfigException.class, e ->
                assertThat(e.diagnostics().get(0).message()).isEqualTo("The rules configuration is a folder, not a file"));
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAtItsFirstBadByte() throws IOException {
        Path latin1 = Files.write(dir.resolve("conditions.yaml"), "rules:\n  caf\u00e9: off\n".getBytes("ISO-8859-1"));

        assertThatThrownBy(() -> RulesConfig.read(latin1)).isInstanceOfSatisfying(RulesConfigException.class, e ->
                assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.message()).contains("not valid UTF-8", "0xE9").doesNotContain("Input length");
                }));
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> RulesConfig.parse(null, "rules: {}"))
                .isInstanceOf(NullPointerException.class).hasMessage("source must not be null");
        assertThatThrownBy(() -> RulesConfig.parse("conditions.yaml", null))
                .isInstanceOf(NullPointerException.class).hasMessage("yaml must not be null");
    }

    @Test
    void anEmptyOrCommentedOutFileIsTheEmptyConfiguration() throws IOException {
        for (String text : new String[] {"", "\n", "# house rules, to come\n#rules:\n#  https: error\n", "---\n",
                "rules:\n#  https: error\n#  whitespace: off\n", "rules: ~\n"}) {
            Path file = Files.writeString(dir.resolve("conditions.yaml"), text);

            assertThat(RulesConfig.read(file).settings()).as(text).isEmpty();
            assertThat(RuleSet.builder().builtIn().configure(RulesConfig.read(file)).build().rules())
                    .as(text).hasSameSizeAs(RuleSet.builder().builtIn().build().rules());
        }
    }

    @Test
    void rulesThatAreNeitherSettingsNorLeftEmptyAreAMistake() throws IOException {
        Path file = Files.writeString(dir.resolve("conditions.yaml"), "rules: [https]\n");

        assertThatThrownBy(() -> RulesConfig.read(file)).isInstanceOfSatisfying(RulesConfigException.class, e ->
                assertThat(e.diagnostics()).extracting(d -> d.message()).containsExactly("\"rules\" must map rule ids to their settings"));
    }

    @Test
    void aSecondDocumentIsNamedAsMoreThanTheConfigurationNotAnArticle() throws IOException {
        Path file = Files.writeString(dir.resolve("conditions.yaml"), "rules:\n  https: error\n---\nrules: {}\n");

        assertThatThrownBy(() -> RulesConfig.read(file)).isInstanceOfSatisfying(RulesConfigException.class, e ->
                assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                    assertThat(d.line()).isEqualTo(4);
                    assertThat(d.message()).isEqualTo(
                            "There is more after the end of the rules configuration; a file holds exactly one rules configuration");
                }));
    }
}
