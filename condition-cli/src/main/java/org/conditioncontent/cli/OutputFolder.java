package org.conditioncontent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.report.VisibleText;

/**
 * Keeps an export's output apart from its input. An output folder inside an input folder would
 * be read as articles by the next run ({@code export --out IN IN} works once, then every run
 * fails on duplicate ids against {@code IN/json}); an input inside a format folder of the output
 * would be replaced by the export. A file given stands for its folder here: a shell glob
 * ({@code export --out IN IN/*.yaml}) names the files, and the usual {@code validate IN} that
 * follows reads the folder.
 */
final class OutputFolder {

    private OutputFolder() {}

    /**
     * Checks that the output folder and the inputs do not overlap, comparing their real paths
     * (links resolved; for an output folder not made yet, its nearest existing parent's): the
     * output folder may be neither an input folder, nor the folder of an input file, nor inside
     * either; and no input may be inside a format folder of the output.
     *
     * @param out the output folder, resolved
     * @param outAsGiven the output folder as the user gave it, for the message
     * @param inputs the input paths, resolved
     * @param inputsAsGiven the input paths as given, for the message
     * @param formats the format folders the export replaces
     * @throws CommandFailure if they overlap
     */
    static void checkApartFromInputs(Path out, Path outAsGiven, List<Path> inputs, List<Path> inputsAsGiven,
            List<String> formats) {
        Path realOut = real(out);
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            if (!Files.exists(input)) {
                continue; // reported as a missing path when the articles are read
            }
            Path realInput = real(input);
            String shown = VisibleText.of(inputsAsGiven.get(i).toString());
            if (Files.isDirectory(input) && realOut.startsWith(realInput)) {
                throw new CommandFailure("the output folder " + VisibleText.of(outAsGiven.toString())
                        + " is inside the input folder " + shown
                        + ", so the next run would read the exported files as articles; choose an --out outside the inputs");
            }
            Path fileFolder = realInput.getParent();
            if (!Files.isDirectory(input) && fileFolder != null && realOut.startsWith(fileFolder)) {
                throw new CommandFailure("the output folder " + VisibleText.of(outAsGiven.toString())
                        + (realOut.equals(fileFolder) ? " is the folder" : " is inside the folder") + " of the input " + shown
                        + ", so the next run on that folder would read the exported files as articles;"
                        + " choose an --out outside the inputs' folders");
            }
            for (String format : formats) {
                if (realInput.startsWith(realOut.resolve(format))) {
                    throw new CommandFailure("the input " + shown + " is inside the export's folder "
                            + VisibleText.of(outAsGiven.resolve(format).toString())
                            + ", which the export replaces; choose another --out");
                }
            }
        }
    }

    /** The real path, or for a path not made yet its nearest existing parent's with the rest added. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
