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
        return ArticleSet.find(List.of(folder.toFile()), List.of(includes), List.of(), new File("no-such-conditions.yaml"), false, List.of()).files();
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

        ArticleFiles refused = ArticleSet.find(List.of(folder.toFile()), List.of(), List.of(), noConfiguration, false, List.of());
        ArticleFiles followed = ArticleSet.find(List.of(folder.toFile()), List.of(), List.of(), noConfiguration, true, List.of());

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
        File named = new File(basedir, "rules/team.yaml");

        assertThat(ArticleSet.configuration(null, basedir, basedir)).isEqualTo(new File(basedir, "conditions.yaml"));
        Files.writeString(folder.resolve("conditions.yml"), "rules: {}\n");
        assertThat(ArticleSet.configuration(null, basedir, basedir)).isEqualTo(new File(basedir, "conditions.yml"));
        assertThat(ArticleSet.configuration(named, basedir, basedir)).isEqualTo(named);
        Files.writeString(folder.resolve("conditions.yaml"), "rules: {}\n");
        assertThatThrownBy(() -> ArticleSet.configuration(null, basedir, basedir)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Both conditions.yaml and conditions.yml are in").hasMessageContaining("<configFile>");
        assertThat(ArticleSet.configuration(named, basedir, basedir)).isEqualTo(named);
    }

    @Test
    void conditionsYamlNamedOnPurposeIsTakenWhenBothAreThere() throws Exception {
        File basedir = folder.toFile();
        File yaml = Files.writeString(folder.resolve("conditions.yaml"), "rules: {}\n").toFile();
        Files.writeString(folder.resolve("conditions.yml"), "rules: {}\n");

        // The error's own advice: name the one to use.
        assertThat(ArticleSet.configuration(yaml, basedir, basedir)).isEqualTo(yaml);
        assertThat(ArticleSet.configuration(new File(basedir, "./conditions.yaml"), basedir, basedir))
                .isEqualTo(new File(basedir, "./conditions.yaml"));
    }

    @Test
    void aModuleWithoutConfigurationTakesTheNearestAboveItUpToTheReactorRoot() throws Exception {
        Path module = Files.createDirectories(folder.resolve("reactor/articles/en"));
        Path reactor = folder.resolve("reactor");
        Files.writeString(folder.resolve("conditions.yaml"), "rules: {}\n"); // above the reactor: not the team's

        File none = new File(module.toFile(), "conditions.yaml");
        assertThat(ArticleSet.configuration(null, module.toFile(), reactor.toFile())).isEqualTo(none);
        Path root = Files.writeString(reactor.resolve("conditions.yml"), "rules: {}\n");
        assertThat(ArticleSet.configuration(null, module.toFile(), reactor.toFile())).isEqualTo(root.toFile());
        Path nearer = Files.writeString(module.resolveSibling("conditions.yaml"), "rules: {}\n");
        assertThat(ArticleSet.configuration(null, module.toFile(), reactor.toFile())).isEqualTo(nearer.toFile());
        Path own = Files.writeString(module.resolve("conditions.yaml"), "rules: {}\n");
        assertThat(ArticleSet.configuration(null, module.toFile(), reactor.toFile())).isEqualTo(own.toFile());
        // No reactor root known, or one that does not hold the module: the module's folder alone.
        Files.delete(own);
        assertThat(ArticleSet.configuration(null, module.toFile(), null)).isEqualTo(none);
        assertThat(ArticleSet.configuration(null, module.toFile(), folder.resolve("elsewhere").toFile())).isEqualTo(none);
        // Both names in the folder found: refused there too.
        Files.writeString(module.resolveSibling("conditions.yml"), "rules: {}\n");
        assertThatThrownBy(() -> ArticleSet.configuration(null, module.toFile(), reactor.toFile()))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Both conditions.yaml and conditions.yml are in " + module.getParent());
    }

    @Test
    void theFoldersTheBuildWritesArePassedOverByRealPath() throws Exception {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path article = Files.writeString(folder.resolve("dehydration.yaml"), "id: dehydration\n");
        Path target = folder.resolve("target");
        Files.writeString(Files.createDirectories(target.resolve("conditions-export/json")).resolve("dehydration.json"), "{}");
        Files.writeString(Files.createDirectories(target.resolve("conditions")).resolve("conditions.json"), "{}");
        Path site = Files.createDirectories(folder.resolve("public/json"));
        Files.writeString(site.resolve("dehydration.json"), "{}");
        // The export's folder named through a link: the same folder.
        Path link = Files.createSymbolicLink(folder.resolve("published"), folder.resolve("public"));
        Path generated = Files.writeString(Files.createDirectories(target.resolve("generated")).resolve("a.yaml"), "id: a\n");
        List<File> written = List.of(target.toFile(), link.toFile(), target.resolve("conditions").toFile());

        ArticleFiles found = ArticleSet.find(List.of(folder.toFile()), List.of(), List.of(), new File("no-such.yaml"), false, written);
        // A folder searched on purpose inside the build folder is searched.
        ArticleFiles inside = ArticleSet.find(List.of(target.resolve("generated").toFile()), List.of(), List.of(),
                new File("no-such.yaml"), false, written);

        assertThat(found.files()).containsExactly(article);
        assertThat(inside.files()).containsExactly(generated);
        // Both at once: the folder searched inside the build folder is searched, the rest of the
        // build folder is still passed over.
        ArticleFiles both = ArticleSet.find(List.of(folder.toFile(), target.resolve("generated").toFile()), List.of(), List.of(),
                new File("no-such.yaml"), false, written);
        assertThat(both.files()).containsExactlyInAnyOrder(article, generated);
    }

    /** A reactor root named through a link, as Maven may name it where the module's folder is real. */
    @Test
    void theReactorRootIsFoundThroughALink() throws Exception {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path reactor = Files.createDirectories(folder.resolve("real/reactor"));
        Path module = Files.createDirectories(reactor.resolve("articles"));
        Path root = Files.writeString(reactor.resolve("conditions.yaml"), "rules: {}\n");
        Path linked = Files.createSymbolicLink(folder.resolve("linked"), folder.resolve("real"));

        assertThat(ArticleSet.configuration(null, module.toFile(), linked.resolve("reactor").toFile()).toPath())
                .isEqualTo(root.toRealPath());
        assertThat(ArticleSet.configuration(null, linked.resolve("reactor/articles").toFile(), reactor.toFile()).toPath())
                .isEqualTo(root.toRealPath());
    }
}
