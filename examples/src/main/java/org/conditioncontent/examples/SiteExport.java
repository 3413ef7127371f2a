package org.conditioncontent.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.Renderers;
import org.conditioncontent.render.export.ExportFile;
import org.conditioncontent.render.export.ExportPlan;
import org.conditioncontent.render.export.FolderSwap;

/**
 * An application's own export, made of the library's parts: the files {@code conditions export}
 * writes for the same articles ({@link ExportPlan}), written into the workspace of a {@link
 * FolderSwap} and put in place whole, so that a reader of the output folder never sees half an
 * export, and the next export finishes or undoes one that was killed. The same files as the
 * command's, byte for byte, on one thread where the command writes on several; the articles are
 * checked with the built-in rules only (the command also reads {@code conditions.yaml}).
 *
 * <pre>{@code
 * CorpusResult found = SiteExport.export(Path.of("articles"), Path.of("site"), System.err::println);
 * found.diagnostics().forEach(System.err::println);
 * }</pre>
 */
public final class SiteExport {

    private SiteExport() {}

    /**
     * Loads every article under a folder and, if none has errors, exports them in every format
     * the class path offers into {@code out}: {@code out/<format>/<id>.<ext>}, and with HTML the
     * A&ndash;Z index and the bundle. Each format's folder is replaced whole; anything else in
     * {@code out} is left as it is. Like the command, it refuses a folder without articles (which
     * would replace a site with an empty one) and an output folder inside the articles' (whose
     * JSON files the next export would read as articles).
     *
     * @param articles the folder of articles
     * @param out the output folder; made if missing
     * @param notes receives a sentence for the user when an interrupted export was finished or
     *     undone first, or when the previous export's folders could not be deleted
     * @return what the load found; when it holds an error, nothing was written
     * @throws IOException if the export cannot be written, or another export into {@code out} is
     *     running ({@link FolderSwap.Failure}, whose kind says in what state {@code out} is); a
     *     {@link java.nio.file.FileAlreadyExistsException} naming a file where a format's folder
     *     goes, before anything is written
     * @throws IllegalArgumentException if {@code articles} does not exist or holds no article
     *     file, if {@code out} is inside it, or if an article's id is {@code index}, which the
     *     site's index page takes ({@link ExportPlan#files})
     * @throws java.io.UncheckedIOException if a folder of articles cannot be listed
     */
    public static CorpusResult export(Path articles, Path out, Consumer<String> notes) throws IOException {
        Path from = articles.toRealPath();
        Path to = out.toAbsolutePath().normalize();
        if (to.startsWith(from) || (Files.exists(to) && to.toRealPath().startsWith(from))) {
            throw new IllegalArgumentException(out + " is inside " + articles + ": the next export would read its JSON files as articles");
        }
        ConditionLoader loader = ConditionLoader.builder().build();
        CorpusResult found = loader.loadAll(List.of(articles));
        if (found.files().isEmpty()) {
            throw new IllegalArgumentException("no article files (.json, .yaml, .yml) in " + articles + "; nothing was exported");
        }
        if (found.hasAtLeast(Severity.ERROR)) {
            return found;
        }
        ExportPlan plan = ExportPlan.builder().renderers(Renderers.discover().all()).build();
        List<ExportFile> files = plan.files(found.conditions());
        List<String> formats = plan.renderers().stream().map(Renderer::format).toList();
        try (FolderSwap swap = FolderSwap.into(out)) { // closed: this process's next export may begin
            // An export that was killed: finished or undone before this one starts.
            swap.recover().ifPresent(done -> notes.accept(done.note(out)));
            for (String format : formats) {
                swap.requireReplaceable(format); // a file where a format's folder goes: stop before writing
            }
            swap.begin();
            try {
                ExportFile.writeAll(files, swap.staging()); // the JSON files too, which the bundle writes
                if (!swap.commit(formats)) {
                    notes.accept(FolderSwap.oldFoldersLeftNote(out));
                }
            } catch (IOException | RuntimeException e) {
                // The output folder is as it was, or the journal is kept for the next export to
                // finish the swap: the workspace goes, unless it holds that journal.
                try {
                    swap.abandon();
                } catch (IOException undeleted) {
                    e.addSuppressed(undeleted); // the next export's recover() removes it
                }
                throw e;
            }
        }
        return found;
    }
}
