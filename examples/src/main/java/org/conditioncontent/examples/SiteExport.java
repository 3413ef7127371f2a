package org.conditioncontent.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.Renderers;
import org.conditioncontent.render.export.ExportFile;
import org.conditioncontent.render.export.ExportPlan;
import org.conditioncontent.render.export.FolderSwap;
import org.conditioncontent.render.export.FolderTree;

/**
 * An application's own export, made of the library's parts: the files {@code conditions export}
 * writes ({@link ExportPlan}), written into the workspace of a {@link FolderSwap} and put in
 * place whole, so that a reader of the output folder never sees half an export, and the next
 * export finishes or undoes one that was killed. The same files as the command's, byte for byte;
 * on one thread, where the command writes on several.
 *
 * <pre>{@code
 * CorpusResult found = SiteExport.export(Path.of("articles"), Path.of("site"));
 * found.diagnostics().forEach(System.err::println);
 * }</pre>
 */
public final class SiteExport {

    private SiteExport() {}

    /**
     * Loads every article under a folder and, if none has errors, exports them in every format
     * the class path offers into {@code out}: {@code out/<format>/<id>.<ext>}, and with HTML the
     * A&ndash;Z index and the bundle. Each format's folder is replaced whole; anything else in
     * {@code out} is left as it is.
     *
     * @param articles the folder of articles
     * @param out the output folder; made if missing
     * @return what the load found; when it holds an error, nothing was written
     * @throws IOException if the export cannot be written, or another export into {@code out} is
     *     running ({@link FolderSwap.Failure}, whose kind says in what state {@code out} is)
     * @throws IllegalArgumentException if an article's id is {@code index}, which the site's index
     *     page takes ({@link ExportPlan#files})
     */
    public static CorpusResult export(Path articles, Path out) throws IOException {
        ConditionLoader loader = ConditionLoader.builder().build();
        CorpusResult found = loader.loadAll(List.of(articles));
        if (found.hasAtLeast(Severity.ERROR)) {
            return found;
        }
        ExportPlan plan = ExportPlan.builder().renderers(Renderers.discover().all()).build();
        List<ExportFile> files = plan.files(found.conditions());
        try (FolderSwap swap = FolderSwap.into(out)) { // closed: this process's next export may begin
            swap.recover(); // an export that was killed: finished or undone before this one starts
            swap.begin();
            try {
                Path staging = swap.staging();
                for (ExportFile file : files) {
                    // The bundle also writes the JSON files, from the JSON it makes for its lines.
                    write(staging, file.path(), text -> file.content().write(text, (path, other) -> {
                        try {
                            write(staging, path, copy -> copy.append(other));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
                }
                swap.commit(plan.renderers().stream().map(Renderer::format).toList());
            } catch (IOException | RuntimeException e) {
                // Unless the journal was kept for the next export to finish the swap, the output
                // folder is as it was: only the workspace goes.
                if (!(e instanceof FolderSwap.Failure f && f.kind() == FolderSwap.Failure.Kind.LEFT_FOR_RECOVERY)) {
                    try {
                        FolderTree.delete(swap.workspace());
                    } catch (IOException undeleted) {
                        e.addSuppressed(undeleted); // the next export's recover() removes it
                    }
                }
                throw e;
            }
        }
        return found;
    }

    /** What writes a file's text. */
    @FunctionalInterface
    private interface Text {
        void writeTo(Writer out) throws IOException;
    }

    private static void write(Path staging, String path, Text text) throws IOException {
        Path file = staging.resolve(path);
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, UTF_8)) {
            text.writeTo(out);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // a renderer's or another file's failure to write
        }
    }
}
