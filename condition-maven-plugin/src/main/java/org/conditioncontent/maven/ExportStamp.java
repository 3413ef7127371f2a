package org.conditioncontent.maven;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.report.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * What the export's stamp {@code conditions-export.sha256} records about the last export: what
 * went into it, what it wrote, and what its validation found, so that an export that is up to date
 * can be skipped and still log the findings the articles have (decision 175 left them out, and a
 * build log then looked clean though the articles had warnings).
 *
 * <p>The file is lines of text: the inputs' fingerprint, the SHA-256 of the format folders'
 * listing, the summary ({@code N files, E errors, W warnings}), then one line for each finding,
 * its severity's label, a space and the line as it was logged. The findings depend only on what
 * the fingerprint covers (the articles by absolute path and content, the rules configuration, the
 * house rules' jars and the plugin's version), so the ones recorded are the ones a validation
 * would find again. A stamp of an earlier form has no summary, and is never up to date.
 *
 * @param inputs the fingerprint of what goes into the export
 * @param written the SHA-256 of what the format folders held when the export ended
 * @param summary the validation's count, as {@link ValidationReport#summary()} gives it
 * @param findings the validation's findings, in the order they were logged
 */
record ExportStamp(String inputs, String written, String summary, List<Finding> findings) {

    /**
     * One finding as the export logged it.
     *
     * @param severity its severity, which sets the log level
     * @param line its line, {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]}, without a line break
     */
    record Finding(Severity severity, String line) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is {@code null}
         * @throws IllegalArgumentException if {@code line} holds a line break, which the stamp
         *     could not keep
         */
        Finding {
            Objects.requireNonNull(severity, "severity must not be null");
            Objects.requireNonNull(line, "line must not be null");
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a finding's line must not hold a line break: " + line);
            }
        }

        /**
         * A finding as it is logged ({@link ValidationReport#line}).
         *
         * @param d the finding
         * @return its line and severity
         */
        static Finding of(Diagnostic d) {
            return new Finding(d.severity(), ValidationReport.line(d));
        }
    }

    /**
     * Copies the findings.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    ExportStamp {
        Objects.requireNonNull(inputs, "inputs must not be null");
        Objects.requireNonNull(written, "written must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        findings = List.copyOf(findings);
    }

    /**
     * Whether this stamp describes an export of these inputs that the format folders still hold.
     *
     * @param inputs the fingerprint of what goes into the export now
     * @param written the SHA-256 of what the format folders hold now
     * @return true if both are what the last export recorded
     */
    boolean describes(String inputs, String written) {
        return this.inputs.equals(inputs) && this.written.equals(written);
    }

    /**
     * The stamp's text, as {@link #read} reads it.
     *
     * @return the lines, each ended by a line break
     */
    String text() {
        StringBuilder text = new StringBuilder().append(inputs).append('\n').append(written).append('\n').append(summary).append('\n');
        for (Finding f : findings) {
            text.append(f.severity().label()).append(' ').append(f.line()).append('\n');
        }
        return text.toString();
    }

    /**
     * Reads a stamp.
     *
     * @param file the stamp
     * @return the stamp; {@code null} if there is none, it cannot be read, or it is of an earlier
     *     form or damaged: each means "export again"
     */
    static @Nullable ExportStamp read(Path file) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            lines = Files.readAllLines(file, UTF_8);
        } catch (IOException e) {
            return null;
        }
        if (lines.size() < 3) {
            return null;
        }
        List<Finding> findings = new ArrayList<>(lines.size() - 3);
        for (String line : lines.subList(3, lines.size())) {
            int space = line.indexOf(' ');
            @Nullable Severity severity = space < 0 ? null : severity(line.substring(0, space));
            if (severity == null) {
                return null;
            }
            findings.add(new Finding(severity, line.substring(space + 1)));
        }
        return new ExportStamp(lines.get(0), lines.get(1), lines.get(2), findings);
    }

    private static @Nullable Severity severity(String label) {
        for (Severity s : Severity.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return null;
    }
}
