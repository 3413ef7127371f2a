package org.conditioncontent.loader.internal.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Severity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The checks across files on what each file left: duplicate ids, unknown related ids, own diagnostics. */
class CrossFileChecksTest {

    private static Loaded valid(String source, String id, int line, List<String> related) {
        int[] positions = new int[2 + 2 * related.size()];
        positions[0] = line;
        positions[1] = 7;
        for (int i = 0; i < related.size(); i++) {
            positions[2 + 2 * i] = line + 1 + i;
            positions[3 + 2 * i] = 5;
        }
        return new Loaded(new LoadResult(source, null, List.of(), 2), id, related, positions);
    }

    private static Loaded withoutId(String source, @Nullable Diagnostic own) {
        return new Loaded(new LoadResult(source, null, own == null ? List.of() : List.of(own), 2), null, List.of(), new int[0]);
    }

    private static List<String> check(Loaded... files) {
        CrossFileChecks checks = new CrossFileChecks(files.length);
        // Recorded out of order, as the loading threads may: the file's index decides.
        for (int i = files.length - 1; i >= 0; i--) {
            checks.record(i, files[i]);
        }
        return checks.diagnostics(i -> files[i].result().source()).stream().map(Diagnostic::toString).toList();
    }

    @Test
    void anIdOfThreeFilesIsReportedInEachNamingTheOtherTwoInFileOrder() {
        assertThat(check(valid("c.json", "same", 2, List.of()), valid("a.json", "other", 2, List.of()),
                valid("b.json", "same", 3, List.of()), valid("d.json", "same", 4, List.of()))).containsExactly(
                        "b.json:3:7: error: The id \"same\" is also used by c.json:2:7, d.json:4:7; every article needs its own id [duplicate-id]",
                        "c.json:2:7: error: The id \"same\" is also used by b.json:3:7, d.json:4:7; every article needs its own id [duplicate-id]",
                        "d.json:4:7: error: The id \"same\" is also used by c.json:2:7, b.json:3:7; every article needs its own id [duplicate-id]");
    }

    @Test
    void idsWithTheSameHashAreToldApart() {
        // "Aa" and "BB" have the same String.hashCode, so they meet in the table's first slot.
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(check(valid("1.json", "Aa", 2, List.of("BB", "AaBB")), valid("2.json", "BB", 2, List.of("Aa")),
                valid("3.json", "BBAa", 2, List.of()))).containsExactly(
                        "1.json:4:5: warning: No article with the id \"AaBB\" is among the files checked; fix the id or add that article [unknown-related]");
    }

    @Test
    void filesWithoutAnIdKeepTheirOwnDiagnosticsButTakeNoPartInTheChecksAcrossFiles() {
        Diagnostic own = new Diagnostic("broken.yaml", 3, 1, "/title", Severity.ERROR, "required", "The title is missing");
        assertThat(check(withoutId("broken.yaml", own), withoutId("empty.yaml", null), valid("a.json", "a", 2, List.of("broken")),
                valid("b.json", "b", 2, List.of("a")))).containsExactly(
                        "a.json:3:5: warning: No article with the id \"broken\" is among the files checked; fix the id or add that article [unknown-related]",
                        "broken.yaml:3:1: error: The title is missing [required]");
    }

    @Test
    void idsThatArePrefixesOfOneAnotherOrOutsideAsciiAreToldApart() {
        // Whatever form the ids are kept in (strings, or bytes one after another, tried in round 6 of
        // issue 20): "ab" must not match the start of "abc", and "é" (two bytes in UTF-8) not "e".
        assertThat(check(valid("1.json", "ab", 2, List.of("abc", "é")), valid("2.json", "abc", 2, List.of("a")),
                valid("3.json", "é", 2, List.of("e", "ab")), valid("4.json", "é", 5, List.of()))).containsExactly(
                        "2.json:3:5: warning: No article with the id \"a\" is among the files checked; fix the id or add that article [unknown-related]",
                        "3.json:2:7: error: The id \"é\" is also used by 4.json:5:7; every article needs its own id [duplicate-id]",
                        "3.json:3:5: warning: No article with the id \"e\" is among the files checked; fix the id or add that article [unknown-related]",
                        "4.json:5:7: error: The id \"é\" is also used by 3.json:2:7; every article needs its own id [duplicate-id]");
    }

    @Test
    void idsOutsideAsciiNeverMatchWhatTheyWouldLookLikeAsBytes() {
        // Round 11 tried keeping the ids a byte a char (Latin-1, up to "ÿ"), as round 6 tried UTF-8:
        // "日本" cut to bytes would read "å,", and "?" is what UTF-8 makes of a lone surrogate. A
        // compact form of the ids must keep each of them itself: 5.json's id is a lone surrogate,
        // which 1.json names, and 4.json's "?" names no article.
        assertThat(check(valid("1.json", "日本", 2, List.of("??", "ÿ", "\ud800")), valid("2.json", "??", 2, List.of("日本", "å,")),
                valid("3.json", "日本", 4, List.of()), valid("4.json", "ÿ", 2, List.of("?")), valid("5.json", "\ud800", 2, List.of())))
                .containsExactly(
                        "1.json:2:7: error: The id \"日本\" is also used by 3.json:4:7; every article needs its own id [duplicate-id]",
                        "2.json:4:5: warning: No article with the id \"å,\" is among the files checked; fix the id or add that article [unknown-related]",
                        "3.json:4:7: error: The id \"日本\" is also used by 1.json:2:7; every article needs its own id [duplicate-id]",
                        "4.json:3:5: warning: No article with the id \"?\" is among the files checked; fix the id or add that article [unknown-related]");
    }

    @Test
    void filesBeyondTheFirstGuessAreKeptWithTheirIdsAndDiagnostics() {
        // A search that is still finding files starts from a guess of 1,024; here from 1, recorded
        // in file order so that the arrays that hold the ids grow again and again.
        CrossFileChecks checks = new CrossFileChecks(1);
        Diagnostic own = new Diagnostic("f1500.json", 9, 3, "/title", Severity.WARNING, "style", "A warning of its own");
        int count = 3_000;
        for (int i = 0; i < count; i++) {
            String id = "a-rather-long-article-id-" + (i == 2_999 ? 7 : i);
            Loaded file = valid("f" + i + ".json", id, 2, i == 5 ? List.of("a-rather-long-article-id-2998", "nowhere") : List.of());
            checks.record(i, i == 1_500 ? new Loaded(new LoadResult("f1500.json", null, List.of(own), 2), id, List.of(), new int[] {2, 7}) : file);
        }
        assertThat(checks.diagnostics(i -> "f" + i + ".json").stream().map(Diagnostic::toString).toList()).containsExactly(
                "f1500.json:9:3: warning: A warning of its own [style]",
                "f2999.json:2:7: error: The id \"a-rather-long-article-id-7\" is also used by f7.json:2:7; every article needs its own id [duplicate-id]",
                "f5.json:4:5: warning: No article with the id \"nowhere\" is among the files checked; fix the id or add that article [unknown-related]",
                "f7.json:2:7: error: The id \"a-rather-long-article-id-7\" is also used by f2999.json:2:7; every article needs its own id [duplicate-id]");
    }

    @Test
    void aCorpusWithoutFilesHasNoDiagnostics() {
        assertThat(check()).isEmpty();
    }

    @Test
    void aLargeCorpusFindsEveryRepeatedIdAndEveryUnknownRelatedId() {
        int count = 20_000;
        Loaded[] files = new Loaded[count];
        for (int i = 0; i < count; i++) {
            // Every 1,000th file repeats the id of the file before it; every 997th names one that no file has.
            String id = "article-" + (i % 1000 == 999 ? i - 1 : i);
            files[i] = valid("f" + i + ".json", id, 2, i % 997 == 0 ? List.of("article-" + (i + 1), "missing-" + i) : List.of());
        }
        List<String> found = check(files);
        assertThat(found.stream().filter(d -> d.endsWith("[duplicate-id]"))).hasSize(2 * (count / 1000));
        assertThat(found.stream().filter(d -> d.endsWith("[unknown-related]"))).hasSize((count + 996) / 997)
                .allMatch(d -> d.contains("\"missing-"));
    }
}
