package org.conditioncontent.loader.report;

import org.conditioncontent.json.JsonStrings;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Severity;

/**
 * The JSON report, one object on one line:
 * {@code {"files":N,"errors":E,"warnings":W,"diagnostics":[{"file","line","column","pointer","severity","rule","message"}]}}.
 * Keys come in that order; severities are the lower-case labels. Written by hand, since the
 * command has no JSON library and the shape is small and fixed.
 */
final class JsonReport {

    private JsonReport() {}

    /**
     * Writes the report.
     *
     * @param result the files checked and what was found in them
     * @param out where the report goes
     */
    static void write(ValidationReport result, StringBuilder json) {
        json.append("{\"files\":").append(result.files().size())
                .append(",\"errors\":").append(result.count(Severity.ERROR))
                .append(",\"warnings\":").append(result.count(Severity.WARNING))
                .append(",\"diagnostics\":[");
        String separator = "";
        for (Diagnostic d : result.diagnostics()) {
            json.append(separator).append("{\"file\":");
            string(json, d.source());
            json.append(",\"line\":").append(d.line()).append(",\"column\":").append(d.column()).append(",\"pointer\":");
            string(json, d.pointer());
            json.append(",\"severity\":");
            string(json, d.severity().label());
            json.append(",\"rule\":");
            string(json, d.rule());
            json.append(",\"message\":");
            string(json, d.message());
            json.append('}');
            separator = ",";
        }
        json.append("]}\n");
    }

    /**
     * Appends a JSON string as the wire format writes one ({@link JsonStrings#write(String,
     * StringBuilder)}): control characters, U+2028, U+2029 and unpaired surrogates escaped.
     *
     * @param json where to append
     * @param value the string
     */
    static void string(StringBuilder json, String value) {
        JsonStrings.write(value, json);
    }
}
