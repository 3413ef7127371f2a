package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conditioncontent.loader.report.ReportFormat;

/**
 * The run that {@code ./conditions} trains its start-up archive with: the JVM records the classes
 * this run loads (a class-data-sharing archive on JDK 17 to 24, an ahead-of-time cache with method
 * profiles from JDK 25), and every later run maps them instead of reading them from the jars.
 *
 * <pre>{@code
 * java -XX:AOTCacheOutput=conditions.aot -cp conditions.jar org.conditioncontent.cli.TrainingRun WORK VALID [INVALID...]
 * }</pre>
 *
 * <p>It runs what users run, in one JVM, so that the archive holds the classes of every path and
 * not only of the first command after a build: an export of the {@code VALID} folder's articles
 * in every format, a validation of the JSON files that export wrote (YAML articles alone would
 * leave the JSON reader out), and a validation of every folder given ({@code INVALID} ones hold
 * findings, for the reports to write) with each report format. Nothing is printed; the export
 * goes to {@code WORK/export}, replacing the last training's as any export does. The exit code is 0 when every command did its
 * job (findings in the articles are expected), 2 otherwise, with the failing command line on
 * standard error.
 */
final class TrainingRun {

    private TrainingRun() {}

    /**
     * Runs the training.
     *
     * @param args a work folder, a folder of valid articles, then folders of articles with findings
     * @throws IOException if the work folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TrainingRun WORK VALID [INVALID...]");
            System.exit(Exit.FAILED);
        }
        System.exit(train(Path.of(args[0]), args[1], List.of(args).subList(2, args.length)));
    }

    /**
     * Runs every command of the training, output discarded.
     *
     * @param work an empty or disposable folder for the export
     * @param valid a folder (or file) of articles without errors, to export
     * @param invalid folders (or files) of articles with findings, to validate beside it
     * @return 0 when every command did its job, 2 when one could not
     * @throws IOException if the work folder cannot be made
     */
    static int train(Path work, String valid, List<String> invalid) throws IOException {
        Files.createDirectories(work);
        Path export = work.resolve("export");
        List<String> articles = new ArrayList<>(List.of(valid));
        articles.addAll(invalid);
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("export", "--out", export.toString(), valid));
        // An article with errors among the valid ones leaves no export; the rest still trains.
        Path json = export.resolve("json");
        commands.add(List.of("validate", "--report", "json", json.toString()));
        for (ReportFormat format : ReportFormat.values()) {
            commands.add(command(List.of("validate", "--report", format.name().toLowerCase(Locale.ROOT)), articles));
        }
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, UTF_8);
        for (List<String> command : commands) {
            boolean exported = !command.contains(json.toString()) || Files.isDirectory(json);
            if (exported && Main.run(command.toArray(String[]::new), discard, discard) == Exit.FAILED) {
                System.err.println("conditions: the training run failed at: conditions " + String.join(" ", command));
                return Exit.FAILED;
            }
        }
        return Exit.OK;
    }

    private static List<String> command(List<String> start, List<String> articles) {
        List<String> command = new ArrayList<>(start);
        command.addAll(articles);
        return command;
    }
}
