package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inputs whose findings used to quote Java's or the parsers' internals ({@code Version{major=9,
 * minor=9}}, {@code +SEQ []}, {@code VALUE_EMBEDDED_OBJECT}, {@code java.time.DateTimeException})
 * get plain words with a position instead.
 */
class ParserMessagesTest {

    private static final String ARTICLE = """
            formatVersion: 1
            id: cramps
            title: Leg Cramps
            definition:
              - Leg cramps are sudden, painful tightening of the muscles in the calf.
            symptoms:
              - The main symptom is a sudden, painful cramp in the calf.
            treatment:
              options:
                - name: Stretching the calf
            references:
              - type: webpage
                title: Leg cramps
                site: Example Health
                url: https://example.org/leg-cramps
            """;

    private static final ConditionLoader LOADER = ConditionLoader.builder()
            .rules(RuleSet.builder().builtIn().clock(Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC)).build())
            .build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'%YAML 9.9\n---\n'|''|1:1: error: The YAML says it is version 9.9 (%YAML line), which this loader does not read; remove the %YAML line [syntax]",
        "''|'? [a]\n: x\n'|16:4: error: A key is a list or an object; keys in articles are plain names such as title [syntax]",
        "''|'alsoCalled: !!binary aGVsbG8=\n'|16:13: error: A binary value is not text; write the value as plain text [syntax]",
        "''|'review:\n  lastReviewed: +999999999-01-01\n'|17:17: error: \"lastReviewed\" must be a date written as YYYY-MM-DD, such as 2024-05-01, but it is \"+999999999-01-01\" [date]",
    })
    void saysWhatIsWrongInPlainWords(String before, String after, String expected) {
        LoadResult result = LOADER.load("t.yaml", before + ARTICLE + after, SourceFormat.YAML);

        assertThat(result.diagnostics()).extracting(Object::toString).contains("t.yaml:" + expected)
                .noneMatch(d -> d.contains("Version{") || d.contains("+SEQ") || d.contains("VALUE_") || d.contains("Exception"));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> truncatedJson() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("{\"id\": \"x\"",
                        "f.json:1:11: error: The JSON ends too early (is the file cut short?): the object opened at line 1, column 1 is not closed [syntax]"),
                org.junit.jupiter.params.provider.Arguments.of("{\"id\": \"x\",\n  \"alsoCalled\": [\"a\", \"b\"",
                        "f.json:2:26: error: The JSON ends too early (is the file cut short?): the array opened at line 2, column 17 is not closed [syntax]"),
                // A multi-byte character before: the column is still counted in characters.
                org.junit.jupiter.params.provider.Arguments.of("{\"title\": \"Crampes \u00e9\",\n  \"review\": {\"reviewers\": []",
                        "f.json:2:29: error: The JSON ends too early (is the file cut short?): the object opened at line 2, column 13 is not closed [syntax]"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("truncatedJson")
    void aTruncatedJsonSaysWhereTheUnclosedBracketOpened(String json, String expected) {
        // The message quoted Jackson's "(start marker at [Source: REDACTED ...; byte offset:
        // #UNKNOWN])" (audit-api #7).
        assertThat(LOADER.load("f.json", json, SourceFormat.JSON).diagnostics()).extracting(Object::toString).containsExactly(expected);
        assertThat(LOADER.load("f.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), SourceFormat.JSON).diagnostics())
                .extracting(Object::toString).containsExactly(expected);
    }
}
