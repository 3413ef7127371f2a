package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DeferredFactoryTest {

    @Test
    void aListIsANewArrayListAsPicocliMakesIt() throws Exception {
        List<?> made = DeferredFactory.INSTANCE.create(List.class);
        List<?> again = DeferredFactory.INSTANCE.create(List.class);

        assertThat(made).isEmpty();
        assertThat(made).isNotSameAs(again);
        assertThat(made.getClass()).isEqualTo(ArrayList.class)
                .isEqualTo(CommandLine.defaultFactory().create(List.class).getClass());
    }

    @Test
    void anythingElseIsMadeByPicocliDefaultFactory() throws Exception {
        assertThat(DeferredFactory.INSTANCE.create(Map.class)).isInstanceOf(LinkedHashMap.class).isEmpty();
        assertThat(DeferredFactory.INSTANCE.create(Set.class).getClass())
                .isEqualTo(CommandLine.defaultFactory().create(Set.class).getClass());
        assertThat(DeferredFactory.INSTANCE.create(StringBuilder.class)).isInstanceOf(StringBuilder.class);
    }

    @Test
    void theCommandsParseTheirListsIntoArrayLists() {
        Invocation invocation = new Invocation(new Streams(System.out, System.err), Path.of(""), false, Map.of());
        CommandLine cli = Main.commandLine(new String[] {"validate", "a.json", "b.yaml"}, invocation);

        CommandLine.ParseResult parsed = cli.parseArgs("validate", "a.json", "b.yaml");

        List<Object> paths = parsed.subcommand().matchedPositional(0).getValue();
        assertThat(paths).isInstanceOf(ArrayList.class).hasSize(2);
    }

    @Test
    void theCommandLineAndEverySubcommandAreBuiltWithThisFactory() {
        Invocation invocation = new Invocation(new Streams(System.out, System.err), Path.of(""), false, Map.of());
        // A command line that names no subcommand gets every subcommand's model.
        CommandLine cli = Main.commandLine(new String[] {"--help"}, invocation);

        assertThat(cli.getFactory()).isSameAs(DeferredFactory.INSTANCE);
        assertThat(cli.getSubcommands()).isNotEmpty();
        cli.getSubcommands().forEach((name, sub) ->
                assertThat(sub.getFactory()).as(name).isSameAs(DeferredFactory.INSTANCE));
    }
}
