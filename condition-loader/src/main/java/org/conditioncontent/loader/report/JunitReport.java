package org.conditioncontent.loader.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Severity;

/**
 * The report as JUnit XML, which GitLab, Jenkins and most CI services show as test results: one
 * test suite, one test case per file (its class name and name are the file's path), a
 * {@code <failure>} per error whose message is the text report's line, and the warnings and
 * other findings as the test case's {@code <system-out>}, since JUnit has no place for a finding
 * that does not fail.
 *
 * <p>The output is the same for the same findings: no timestamps, durations or host names.
 */
final class JunitReport {

    private static final String SUITE = "conditions validate";

    private JunitReport() {}

    /**
     * Writes the report.
     *
     * @param validation the findings
     * @param out where the report goes
     */
    static void write(ValidationReport validation, StringBuilder xml) {
        ReportPaths paths = new ReportPaths(validation.workingDirectory());
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (String file : validation.files()) {
            byFile.put(file, new ArrayList<>());
        }
        for (Diagnostic d : validation.diagnostics()) {
            // Every finding names a checked file; a finding about another would still be shown.
            byFile.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d);
        }
        long failed = byFile.values().stream().filter(JunitReport::hasError).count();
        String counts = " tests=\"" + byFile.size() + "\" failures=\"" + failed + "\" errors=\"0\"";
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"").append(SUITE).append('"').append(counts).append(">\n");
        xml.append("  <testsuite name=\"").append(SUITE).append('"').append(counts).append(" skipped=\"0\">\n");
        for (Map.Entry<String, List<Diagnostic>> file : byFile.entrySet()) {
            testCase(paths.path(file.getKey()), file.getValue(), xml);
        }
        xml.append("  </testsuite>\n");
        xml.append("</testsuites>\n");
    }

    private static boolean hasError(List<Diagnostic> findings) {
        return findings.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    private static void testCase(String path, List<Diagnostic> findings, StringBuilder xml) {
        String name = attribute(path);
        xml.append("    <testcase classname=\"").append(name).append("\" name=\"").append(name).append('"');
        if (findings.isEmpty()) {
            xml.append("/>\n");
            return;
        }
        xml.append(">\n");
        StringBuilder others = new StringBuilder();
        for (Diagnostic d : findings) {
            // The text report's line, but with the path as this report names the file.
            String line = new Diagnostic(path, d.line(), d.column(), d.pointer(), d.severity(), d.rule(), d.message()).toString();
            if (d.severity() == Severity.ERROR) {
                xml.append("      <failure message=\"").append(attribute(line)).append("\" type=\"").append(attribute(d.rule()))
                        .append("\">").append(text(line)).append("</failure>\n");
            } else {
                others.append(text(line)).append('\n');
            }
        }
        if (!others.isEmpty()) {
            xml.append("      <system-out>").append(others).append("</system-out>\n");
        }
        xml.append("    </testcase>\n");
    }

    /**
     * Escapes text for an attribute value in double quotes. Line breaks and tabs become character
     * references, which XML's attribute normalisation would otherwise turn into spaces.
     *
     * @param value the text
     * @return the escaped text
     */
    static String attribute(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        escape(value, true, out);
        return out.toString();
    }

    /**
     * Escapes text for element content. A line break is a character reference too, which a parser
     * reads back as the break: printed raw, one in a file's name started a line of its own in a CI
     * log, where a line such as {@code ::error file=...} is a command to the CI service.
     *
     * @param value the text
     * @return the escaped text
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        escape(value, false, out);
        return out.toString();
    }

    /**
     * Escapes markup characters, and writes each character that XML 1.0 cannot hold at all
     * (most control characters, unpaired surrogates, U+FFFE and U+FFFF) as the visible text
     * a backslash, the letter u and four hex digits: a report that quotes a stray control character from an article must
     * still be a well-formed document, and should still show what was there.
     */
    private static void escape(String value, boolean inAttribute, StringBuilder out) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(inAttribute ? "&quot;" : "\"");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(inAttribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
