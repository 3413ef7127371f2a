package org.conditioncontent.render.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One file of an export: where it goes, relative to the export's folder, and how to write it.
 *
 * @param path the file's path under the export's folder, with {@code /} between folder and name,
 *     such as {@code html/muscle-cramps.html}
 * @param content writes the file's text
 * @param wholeCorpus whether the file is made from every article (the index, the bundle, the
 *     sitemap) rather than from one: such files take longest, and a caller that writes files on
 *     several threads starts them first, so that the export does not end on one of them
 */
public record ExportFile(String path, Content content, boolean wholeCorpus) {

    /**
     * Checks the parts.
     *
     * @param path the file's path under the export's folder
     * @param content writes the file's text
     * @param wholeCorpus whether the file is made from every article
     * @throws NullPointerException if {@code path} or {@code content} is {@code null}
     */
    public ExportFile {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(content, "content must not be null");
    }

    /**
     * Writes files into a folder, one after another on the calling thread, in UTF-8: each at its
     * {@link #path()} under the folder, its folders made as needed, and the files it writes as it
     * goes (the JSON files the bundle writes) beside the others. An existing file is replaced.
     * A caller that writes on several threads, as {@code conditions export} does, writes each
     * file itself.
     *
     * @param files the files, such as {@link ExportPlan#files(List)} gives them
     * @param folder the folder to write into, such as {@link FolderSwap#staging()}
     * @throws IOException if a file or a folder cannot be written, or a file's content fails to
     *     write (the {@link IOException} under its {@link UncheckedIOException}); the files
     *     written before stay
     * @throws NullPointerException if an argument or a file in the list is {@code null}
     */
    public static void writeAll(List<ExportFile> files, Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder must not be null");
        for (ExportFile file : List.copyOf(files)) {
            write(folder.resolve(file.path()), out -> file.content().write(out, (path, text) -> {
                try {
                    write(folder.resolve(path), other -> other.append(text));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }

    /** Writes one file, its folders made as needed. */
    private static void write(Path target, Text text) throws IOException {
        Files.createDirectories(target.getParent());
        try (Writer out = Files.newBufferedWriter(target, UTF_8)) {
            text.writeTo(out);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // a renderer's or another file's failure to write
        }
    }

    /** What a file holds, written to its writer. */
    @FunctionalInterface
    private interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes a file's text. */
    @FunctionalInterface
    public interface Content {

        /**
         * Writes the file's text to {@code out}. A file may write other files of the export as it
         * goes, through {@code others}: the bundle does, when the plan has it write the JSON files
         * ({@link ExportPlan.Builder#jsonFilesFromBundle(boolean)}), so that each article is made
         * into JSON once.
         *
         * @param out the file's text goes here; not flushed or closed
         * @param others receives the other files this one writes, if any
         * @throws java.io.UncheckedIOException if writing fails; what {@code others} throws is
         *     thrown as it is, and ends the file
         */
        void write(Appendable out, FileSink others);
    }

    /** Receives files that another file of the export writes as it goes. */
    @FunctionalInterface
    public interface FileSink {

        /**
         * Writes a whole file.
         *
         * @param path the file's path under the export's folder, as {@link ExportFile#path()}
         * @param text the file's text; only valid during the call, so a sink that keeps it copies it
         * @throws java.io.UncheckedIOException if writing fails
         */
        void write(String path, CharSequence text);
    }
}
