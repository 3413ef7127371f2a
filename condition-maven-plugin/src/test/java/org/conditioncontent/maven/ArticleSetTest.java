package org.conditioncontent.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.conditioncontent.loader.ArticleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's files: the command's search, chosen by the goal's patterns; an include that could
 * match no article is an error rather than a goal that passes having checked nothing. (Links,
 * nested folders and the configuration are covered by the integration tests in src/it.)
 */
class ArticleSetTest {

    @TempDir
    Path folder;

    private List<Path> find(String... includes) throws MojoExecutionException {
        return ArticleSet.find(List.of(folder.toFile()), List.of(includes), List.of(), new File("no-such-conditions.yaml"), false).files();
    }

    @Test
    void anIncludeOfAnotherExtensionIsAnErrorThatSaysWhichFilesAreArticles() throws IOException {
        Files.writeString(folder.resolve("a.article"), "id: a\n");

        assertThatThrownBy(() -> find("**/*.article"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("The include pattern **/*.article can match no article: articles are .json, .yaml and .yml files,"
                        + " the only ones the plugin reads; rename the files or change <includes>");
    }

    @Test
    void noArticleFileIsAnErrorAsForTheCommand() throws IOException {
        Files.writeString(folder.resolve("notes.yaml"), "id: notes\n");

        assertThatThrownBy(() -> find("drafts/*.yaml"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("No article files (.json, .yaml, .yml) in [" + folder.toAbsolutePath().normalize()
                        + "] that <includes> and <excludes> take; check <folders> and the patterns, or set <skip>");
    }

    @Test
    void aConfigurationNamedOnPurposeMustExistAndTheDefaultMayNot() throws IOException, MojoExecutionException {
        File missing = folder.resolve("house-rules.yaml").toFile();

        assertThatThrownBy(() -> ArticleSet.requireConfiguration(missing, true))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("The rules configuration " + missing + " does not exist; fix <configFile>");
        ArticleSet.requireConfiguration(missing, false); // the default conditions.yaml, absent: the built-in rules
        Files.writeString(missing.toPath(), "rules: {}\n");
        ArticleSet.requireConfiguration(missing, true);
    }

    @Test
    void aConfigurationLinkThatLeadsNowhereIsAnErrorEvenByDefault() throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path link = Files.createSymbolicLink(folder.resolve("conditions.yaml"), folder.resolve("deleted.yaml"));

        assertThatThrownBy(() -> ArticleSet.requireConfiguration(link.toFile(), false))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("The rules configuration " + link + " is a symbolic link to a file that does not exist;"
                        + " fix the link or remove it");
    }

    @Test
    void aLinkOutOfTheFoldersIsReadOnlyWhenLinksAreFollowed(@TempDir Path elsewhere) throws IOException, MojoExecutionException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path link = Files.createSymbolicLink(folder.resolve("linked.yaml"), Files.writeString(elsewhere.resolve("shared.yaml"), "id: shared\n"));
        File noConfiguration = new File("no-such-conditions.yaml");

        ArticleFiles refused = ArticleSet.find(List.of(folder.toFile()), List.of(), List.of(), noConfiguration, false);
        ArticleFiles followed = ArticleSet.find(List.of(folder.toFile()), List.of(), List.of(), noConfiguration, true);

        assertThat(refused.refused()).containsOnlyKeys(link);
        // The refusal says how to read it anyway as a build sets it, not with the command's option.
        assertThat(refused.refused().get(link)).endsWith("follow such links on purpose (<followLinks>true</followLinks>"
                + " or -Dconditions.followLinks)").doesNotContain("--follow-links");
        assertThat(followed.files()).containsExactly(link);
        assertThat(followed.refused()).isEmpty();
    }

    @Test
    void includesOfArticleFilesInAnyCaseOrByGlobAreTaken() throws IOException, MojoExecutionException {
        Path upper = Files.writeString(folder.resolve("B.YAML"), "id: b\n");
        Path lower = Files.writeString(folder.resolve("a.yml"), "id: a\n");

        assertThat(find("*.YAML")).containsExactly(upper);
        assertThat(find("**/*.{yml,YAML}")).containsExactlyInAnyOrder(upper, lower);
        assertThat(find("**/*", "a.yml")).containsExactlyInAnyOrder(upper, lower);
    }

    @Test
    void theDefaultConfigurationIsConditionsYamlElseConditionsYmlAndNeverBoth() throws Exception {
        File basedir = folder.toFile();
        File byDefault = new File(basedir, "conditions.yaml");
        File named = new File(basedir, "rules/team.yaml");

        assertThat(ArticleSet.configuration(byDefault, basedir)).isEqualTo(byDefault);
        Files.writeString(folder.resolve("conditions.yml"), "rules: {}\n");
        assertThat(ArticleSet.configuration(byDefault, basedir)).isEqualTo(new File(basedir, "conditions.yml"));
        assertThat(ArticleSet.configuration(named, basedir)).isEqualTo(named);
        Files.writeString(folder.resolve("conditions.yaml"), "rules: {}\n");
        assertThatThrownBy(() -> ArticleSet.configuration(byDefault, basedir)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Both conditions.yaml and conditions.yml are in").hasMessageContaining("<configFile>");
        assertThat(ArticleSet.configuration(named, basedir)).isEqualTo(named);
    }
}
