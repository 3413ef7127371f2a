package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.SEED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jars of house rules and renderers given with --plugins or CONDITIONS_PLUGINS. */
class PluginsTest {

    private static final String RENDERER = "org.conditioncontent.render.Renderer";
    private static final String RULE = "org.conditioncontent.loader.rules.EditorialRule";

    @TempDir
    static Path folder;

    private static Path jar;

    @BeforeAll
    static void buildThePlugin() throws IOException {
        jar = PluginJar.build(folder, Map.of(
                RENDERER, "org.conditioncontent.testplugin.ShoutRenderer\n",
                RULE, "org.conditioncontent.testplugin.NoCrampRule\n"));
    }

    @Test
    void formatsListsAPluginsRendererWithItsJar() {
        CommandRun without = CommandRun.of("formats");
        CommandRun with = CommandRun.of("formats", "--plugins", jar);

        assertThat(without.out()).doesNotContain("shout");
        assertThat(with.exitCode()).isZero();
        assertThat(with.outLines()).anySatisfy(line -> assertThat(line).startsWith("shout ")
                .contains("org.conditioncontent.testplugin.ShoutRenderer").endsWith(" " + jar));
        assertThat(with.outLines()).anySatisfy(line -> assertThat(line).startsWith("html ").doesNotContain(jar.toString()));
    }

    @Test
    void theEnvironmentVariableNamesPluginsToo() {
        CommandRun run = CommandRun.withEnvironment(Map.of(Plugins.ENVIRONMENT, jar.toString()), "formats");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("shout");
    }

    @Test
    void aJarInTheEnvironmentVariableThatCannotBeAPathIsNamedWithTheVariable() {
        // NUL is in no path, as a name beyond ASCII is in none of a JVM on Linux in the C locale.
        CommandRun run = CommandRun.withEnvironment(Map.of(Plugins.ENVIRONMENT, "a\u0000b.jar"), "formats");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("conditions: " + Plugins.ENVIRONMENT + ": '").contains("cannot be a file name here")
                .doesNotContain("InvalidPathException");
    }

    @Test
    void rulesListsAPluginsRuleWithItsJar() {
        CommandRun run = CommandRun.of("rules", "--plugins", jar);

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("no-cramp ").contains("Titles do not say cramps")
                .endsWith(" " + jar));
        assertThat(CommandRun.of("rules").out()).doesNotContain("no-cramp");
    }

    @Test
    void theConfigurationsSchemaTakesAPluginsRule() {
        // Without the house rule, the schema (no other properties allowed) marked "no-cramp: off"
        // wrong in the editor, though validate --plugins accepts it.
        CommandRun with = CommandRun.of("schema", "--rules-config", "--plugins", jar);
        CommandRun viaEnvironment = CommandRun.withEnvironment(Map.of(Plugins.ENVIRONMENT, jar.toString()), "schema", "--rules-config");

        assertThat(with.exitCode()).isZero();
        assertThat(with.out()).contains("\"no-cramp\"");
        assertThat(viaEnvironment.out()).isEqualTo(with.out());
        assertThat(CommandRun.of("schema", "--rules-config").out()).doesNotContain("no-cramp");
    }

    @Test
    void validateChecksThePluginsRuleAndRenderUsesItsRenderer() {
        CommandRun validate = CommandRun.of("validate", "--plugins", jar, SEED);
        CommandRun render = CommandRun.of("render", "--plugins", jar, "--format", "shout", SEED);

        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).contains(": warning: The title says cramps [no-cramp]");
        assertThat(render.exitCode()).isZero();
        assertThat(render.out()).isEqualTo("NOCTURNAL LEG CRAMPS\n");
    }

    @Test
    void exportWritesThePluginsFormat(@TempDir Path out) {
        CommandRun run = CommandRun.of("export", "--plugins", jar, "--format", "shout", "--out", out, SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(out.resolve("shout/nocturnal-leg-cramps.shout.txt")).hasContent("NOCTURNAL LEG CRAMPS");
    }

    @Test
    void aMissingJarIsAClearErrorWithExitTwo() {
        CommandRun run = CommandRun.of("formats", "--plugins", folder.resolve("nowhere.jar"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("conditions: no such plug-in jar: " + folder.resolve("nowhere.jar"));
    }

    @Test
    void aFileThatIsNoJarIsAClearErrorWithExitTwo() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.jar"), "not a zip", UTF_8);

        CommandRun run = CommandRun.of("rules", "--plugins", text);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("conditions: cannot load the plug-in " + text + ": it is not a jar file (a jar is a zip archive,"
                + " and this file is not one or was cut short); give the jar that the plug-in's build made" + System.lineSeparator());
        assertThat(run.err()).doesNotContain("\tat ", "END header");
    }

    @Test
    void aJarNamingAClassItDoesNotHoldIsAClearErrorWithExitTwo(@TempDir Path other) throws IOException {
        Path broken = PluginJar.build(other, Map.of(RENDERER, "org.conditioncontent.testplugin.Missing\n"));

        CommandRun run = CommandRun.of("formats", "--plugins", broken);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("conditions: cannot load a renderer (plug-ins: " + broken + "): ")
                .contains("org.conditioncontent.testplugin.Missing").doesNotContain("\tat ");
    }
}
