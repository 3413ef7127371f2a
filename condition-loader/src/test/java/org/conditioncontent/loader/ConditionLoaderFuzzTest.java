package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz tests proving that {@link ConditionLoader} turns any input into diagnostics: it never
 * throws, hangs or runs out of memory, and every {@link LoadResult} it returns is well formed
 * (positions are 1-based, rules and messages are present, messages fit on one line, pointers are
 * JSON Pointers, and the article is withheld exactly when an error was reported).
 *
 * <p>Two kinds of input: arbitrary bytes, loaded from a {@code .json} and from a {@code .yaml}
 * file, which reach the UTF-8 decoder and the parsers' error paths; and the example article with
 * edits chosen by the fuzzer, which gets past the parsers and reaches the binder and the
 * validator with almost-valid articles.
 *
 * <p>{@code mvn verify} runs each fuzz test in regression mode: once with an empty input and
 * once for every file under {@code src/test/resources/org/conditioncontent/loader/ConditionLoaderFuzzTestInputs/<method>/}.
 * With {@code JAZZER_FUZZ=1} one fuzz test runs as a real fuzzing session; docs/fuzzing.md says how.
 */
class ConditionLoaderFuzzTest {

    /** Built once: the validator's start-up costs far more than a load. Default limits, as users get them. */
    private static final ConditionLoader LOADER = ConditionLoader.builder().build();

    /** The example article, the starting point of the mutation tests. */
    private static final Path EXAMPLE_YAML = Path.of("../examples/conditions/nocturnal-leg-cramps.yaml");

    /** The same article as JSON, laid out one value per line so that line edits stay meaningful. */
    private static final Path EXAMPLE_JSON = Path.of("src/test/resources/fuzz/nocturnal-leg-cramps.json");

    private static final String YAML_TEXT = read(EXAMPLE_YAML);
    private static final String JSON_TEXT = read(EXAMPLE_JSON);

    /** The JSON example with a four-byte character (a surrogate pair in Java) after some words of its prose. */
    private static final String JSON_WITH_WIDE_CHARACTERS = JSON_TEXT.replace(" cramps ", " cramps \uD83E\uDDB5 ");

    /** At most this many edits per input: a few edits keep the article recognisable. */
    private static final int MAX_EDITS = 8;

    /** Characters that change the structure of JSON or YAML when dropped into a line. */
    private static final String STRUCTURAL = ":-,[]{}\"'&*!#|>?%@`\\ \t\r\n";

    /** Fragments that exercise the loader's special cases: YAML features, limits, types, encodings. */
    private static final String[] TOKENS = {
        "&a ", "*a", "!!str ", "!!binary ", "!custom ", "<<: *a", "? ", "- ", ": ", "---", "...", "|", ">-",
        "null", "~", "true", "no", "\"\"", "''", "[]", "{}", "[[[[[[[[", "{\"a\":", "0x1F", "1e308", "-0",
        "2147483648", "99999999999999999999999999", "2024-02-30", "\\u0000", "\\ud800", "\uFEFF", "\u2028",
        "\uD800", "\t", "\r", "\u0000", "\"formatVersion\": 999", "id: x", "related: [a]", "~1", "~0", "/",
    };

    /** The files the byte tests write their input to; one folder for the whole run. */
    @TempDir
    static Path work;

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void bytesAsJson(byte[] input) {
        // Through a file, so that the strict UTF-8 decoder, the NUL check and the BOM rule run too.
        assertWellFormed(loadFile("article.json", input));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void bytesAsYaml(byte[] input) {
        assertWellFormed(loadFile("article.yaml", input));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void mutatedExampleAsYaml(FuzzedDataProvider data) {
        assertWellFormed(LOADER.load("mutated.yaml", mutate(YAML_TEXT, data), SourceFormat.YAML));
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void mutatedExampleAsJson(FuzzedDataProvider data) {
        assertWellFormed(LOADER.load("mutated.json", mutate(JSON_TEXT, data), SourceFormat.JSON));
    }

    /**
     * JSON read from its bytes (Jackson's byte parser, byte columns turned into characters) must
     * give what the same JSON read as text gives. The starting point carries four-byte characters
     * in its prose, so that findings after them on a line have byte and character columns apart.
     */
    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void jsonFromBytesAsFromText(FuzzedDataProvider data) {
        byte[] bytes = mutate(JSON_WITH_WIDE_CHARACTERS, data).getBytes(StandardCharsets.UTF_8);
        LoadResult fromBytes = LOADER.load("mutated.json", bytes, SourceFormat.JSON);
        assertWellFormed(fromBytes);
        if (new String(bytes, StandardCharsets.UTF_8).indexOf('\u0000') >= 0) {
            // Bytes with a NUL are a binary file; as text, NUL is only a bad character.
            assertThat(fromBytes.diagnostics()).extracting(Diagnostic::rule).containsExactly("encoding");
            return;
        }
        // The text the bytes hold: a lone surrogate became '?' on its way to bytes.
        assertThat(fromBytes).isEqualTo(LOADER.load("mutated.json", new String(bytes, StandardCharsets.UTF_8), SourceFormat.JSON));
    }

    /**
     * The mutation tests start from valid articles, and the JSON copy says what the example says;
     * otherwise every mutant would stop at the same early error and the fuzzer would learn little.
     */
    @Test
    void theStartingPointsAreValidAndAgree() {
        LoadResult yaml = LOADER.load("example.yaml", YAML_TEXT, SourceFormat.YAML);
        LoadResult json = LOADER.load("example.json", JSON_TEXT, SourceFormat.JSON);
        assertThat(yaml.diagnostics()).isEmpty();
        assertThat(json.diagnostics()).isEmpty();
        assertThat(json.condition()).isEqualTo(yaml.condition());
        assertThat(JSON_WITH_WIDE_CHARACTERS).isNotEqualTo(JSON_TEXT);
        assertThat(LOADER.load("wide.json", JSON_WITH_WIDE_CHARACTERS, SourceFormat.JSON).isValid()).isTrue();
    }

    /** The invariants every result must keep, whatever the input. */
    private static void assertWellFormed(LoadResult result) {
        assertThat(result).isNotNull();
        assertThat(result.diagnostics()).isNotNull();
        boolean anyError = false;
        for (Diagnostic d : result.diagnostics()) {
            // Editors jump to line:column, so both must be real positions.
            assertThat(d.line()).as("line of %s", d).isGreaterThanOrEqualTo(1);
            assertThat(d.column()).as("column of %s", d).isGreaterThanOrEqualTo(1);
            assertThat(d.rule()).as("rule of %s", d).isNotEmpty();
            assertThat(d.message()).as("message of %s", d).isNotBlank();
            // One diagnostic is one report line; a line break would forge or hide report lines.
            assertThat(d.message()).as("message of %s", d).doesNotContain("\n").doesNotContain("\r");
            assertThat(d.pointer().isEmpty() || d.pointer().startsWith("/"))
                    .as("pointer %s of %s is a JSON Pointer", d.pointer(), d).isTrue();
            anyError |= d.severity() == Severity.ERROR;
        }
        assertThat(result.condition() == null)
                .as("the article is withheld exactly when an error is reported: %s", result.diagnostics())
                .isEqualTo(anyError);
    }

    private static LoadResult loadFile(String name, byte[] input) {
        Path file = work.resolve(name);
        try {
            Files.write(file, input);
        } catch (IOException e) {
            // The machine's fault, not the loader's: fail loudly rather than report a finding against it.
            throw new UncheckedIOException("Cannot write the fuzz input to " + file, e);
        }
        return LOADER.load(file);
    }

    /**
     * Applies up to {@value #MAX_EDITS} edits chosen by the fuzzer to a document's lines: the kind
     * of damage hand editing, bad merges and copy-paste do. With no input it returns the document
     * unchanged, so the empty regression input is the valid example.
     */
    static String mutate(String text, FuzzedDataProvider data) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int edits = data.consumeInt(0, MAX_EDITS);
        for (int i = 0; i < edits && data.remainingBytes() > 0 && !lines.isEmpty(); i++) {
            int at = data.consumeInt(0, lines.size() - 1);
            String line = lines.get(at);
            switch (data.consumeInt(0, 9)) {
                case 0 -> lines.set(at, insert(line, data.consumeInt(0, line.length()), data.consumeString(16)));
                case 1 -> {
                    int from = data.consumeInt(0, line.length());
                    int to = data.consumeInt(from, Math.min(line.length(), from + 16));
                    lines.set(at, line.substring(0, from) + line.substring(to));
                }
                case 2 -> {
                    if (!line.isEmpty()) {
                        int col = data.consumeInt(0, line.length() - 1);
                        char c = STRUCTURAL.charAt(data.consumeInt(0, STRUCTURAL.length() - 1));
                        lines.set(at, line.substring(0, col) + c + line.substring(col + 1));
                    }
                }
                case 3 -> lines.remove(at);
                case 4 -> lines.add(at, line);
                case 5 -> lines.set(at, reindent(line, data.consumeInt(-4, 4), data.consumeBoolean()));
                case 6 -> lines.set(at, data.consumeString(80));
                case 7 -> lines.add(data.consumeInt(0, lines.size() - 1), lines.remove(at));
                case 8 -> {
                    // A file cut short: keep the lines before this one and part of this one.
                    List<String> kept = new ArrayList<>(lines.subList(0, at));
                    kept.add(line.substring(0, data.consumeInt(0, line.length())));
                    lines = kept;
                }
                default -> lines.set(at, insert(line, data.consumeInt(0, line.length()), TOKENS[data.consumeInt(0, TOKENS.length - 1)]));
            }
        }
        return String.join("\n", lines);
    }

    private static String insert(String line, int at, String fragment) {
        return line.substring(0, at) + fragment + line.substring(at);
    }

    /** Moves a line left or right; YAML's structure is its indentation, and tabs are not allowed in it. */
    private static String reindent(String line, int delta, boolean tab) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        int width = Math.max(0, indent + delta);
        String pad = tab ? "\t".repeat(width / 2 + 1) : " ".repeat(width);
        return pad + line.substring(indent);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The fuzz tests start from " + file.toAbsolutePath() + ", which cannot be read", e);
        }
    }
}
