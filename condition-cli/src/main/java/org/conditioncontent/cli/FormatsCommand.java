package org.conditioncontent.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.Renderers;
import picocli.CommandLine.Command;

/**
 * {@code conditions formats}: the renderers found, one a line, in columns: format name, media
 * type, file extension and class. Lists the built-in ones and any plugged in on the class path.
 */
@Command(
        name = "formats",
        description = {
            "Lists the renderers found, one a line.",
            "Columns: format, media type, file extension, class. A renderer in another jar on the",
            "class path is listed once it is registered in",
            "META-INF/services/org.conditioncontent.render.Renderer."
        },
        exitCodeList = {"0:the list was printed", "2:the command could not do its job (a renderer failed to load)"},
        footer = {"%nExample:%n  conditions formats"})
final class FormatsCommand implements Callable<Integer> {

    private final Streams streams;

    /**
     * Creates the subcommand.
     *
     * @param streams where the list goes
     */
    FormatsCommand(Streams streams) {
        this.streams = streams;
    }

    /**
     * Lists the renderers on standard output, sorted by format name.
     *
     * @return 0
     * @throws IllegalStateException if two renderers share a format name or one cannot be loaded
     */
    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        for (Renderer r : Renderers.discover().all()) {
            rows.add(List.of(r.format(), r.mediaType(), r.fileExtension(), r.getClass().getName()));
        }
        Table.lines(rows).forEach(streams.out()::println);
        return Exit.OK;
    }
}
