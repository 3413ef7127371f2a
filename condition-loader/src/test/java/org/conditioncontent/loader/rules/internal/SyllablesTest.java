package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {

    private static final Path FIXTURE = Path.of("src/test/resources/readability/syllables.tsv");

    /** The fixture's words, and how many of them sit in its health and medical section. */
    private static List<Labelled> words;
    private static int medicalWords;

    record Labelled(String word, int syllables, boolean medical) {}

    @BeforeAll
    static void readFixture() throws IOException {
        words = new ArrayList<>();
        boolean medical = false;
        for (String line : Files.readAllLines(FIXTURE, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                medical = line.toLowerCase(Locale.ROOT).contains("medical");
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            assertThat(fields).as("line %s", line).hasSize(2);
            words.add(new Labelled(fields[0], Integer.parseInt(fields[1]), medical));
        }
        medicalWords = (int) words.stream().filter(Labelled::medical).count();
    }

    @Test
    void theFixtureIsLargeAndHasNoDuplicates() {
        assertThat(words).hasSizeGreaterThanOrEqualTo(220);
        assertThat(medicalWords).isGreaterThanOrEqualTo(80);
        assertThat(words.stream().map(w -> w.word().toLowerCase(Locale.ROOT)).distinct().count()).isEqualTo(words.size());
    }

    @Test
    void atLeast95PercentOfTheLabelledWordsAreCountedRight() {
        double accuracy = accuracy(true, "with the exception dictionary");
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theRulesAloneStillGetNineWordsInTen() {
        // The dictionary only patches words no rule can get; the rules must carry the list on their own.
        double accuracy = accuracy(false, "rules alone, no exception dictionary");
        assertThat(accuracy).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theExceptionDictionaryStaysSmallAndIsNotTheTestList() {
        assertThat(Syllables.exceptionWords()).hasSizeLessThan(60);
        long listed = words.stream().filter(w -> Syllables.exceptionWords().contains(w.word().toLowerCase(Locale.ROOT))).count();
        assertThat(listed).as("fixture words answered by the dictionary").isLessThan(words.size() / 20);
    }

    /** The 40 most frequent English words of several syllables or tricky spelling, one by one. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
            the	1
            of	1
            and	1
            a	1
            to	1
            in	1
            is	1
            you	1
            that	1
            it	1
            he	1
            was	1
            for	1
            on	1
            are	1
            as	1
            with	1
            they	1
            be	1
            have	1
            one	1
            were	1
            there	1
            their	1
            would	1
            some	1
            these	1
            make	1
            time	1
            people	2
            about	2
            other	2
            many	2
            into	2
            water	2
            over	2
            after	2
            little	2
            different	3
            every	2
            """)
    void countsTheCommonestWordsExactly(String word, int syllables) {
        assertThat(Syllables.count(word)).isEqualTo(syllables);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
            7	2
            50	2
            12	1
            17	3
            100	3
            101	4
            999	6
            1000	3
            1500	4
            1999	5
            1905	4
            2005	4
            2026	5
            9999	9
            1,000	3
            12,500	6
            2.5	3
            0.5	4
            1st	1
            2nd	2
            3rd	1
            12th	1
            20th	3
            21st	3
            007	6
            1990s	4
            B12	2
            5mg	3
            """)
    void readsNumbersAsTheyAreSpoken(String token, int syllables) {
        assertThat(Syllables.count(token)).isEqualTo(syllables);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
            x-ray	2
            well-known	2
            anti-inflammatory	7
            follow-up	3
            COVID-19	4
            MRI	3
            HIV	3
            PTSD	4
            WHO	5
            COVID	2
            COPD	4
            ADHD	4
            mg	2
            hmm	1
            U.S	2
            e.g	2
            don't	1
            isn't	2
            couldn't	2
            patient's	2
            doctor’s	2
            we'll	1
            café	2
            McDonald	3
            CRAMPS	1
            "Sleep."	1
            (muscles)	2
            """)
    void handlesHyphensInitialismsContractionsAndPunctuation(String token, int syllables) {
        assertThat(Syllables.count(token)).isEqualTo(syllables);
    }

    @Test
    void aTokenWithoutLettersOrDigitsHasNoSyllables() {
        assertThat(Syllables.count("")).isZero();
        assertThat(Syllables.count("—")).isZero();
        assertThat(Syllables.count("...")).isZero();
    }

    @Test
    void everyRealWordHasAtLeastOneSyllable() {
        assertThat(Syllables.count("the")).isEqualTo(1);
        assertThat(Syllables.count("shh")).isEqualTo(1);
        assertThat(Syllables.count("東京")).isEqualTo(1);
    }

    @Test
    void pluralsOfDictionaryWordsAreFound() {
        assertThat(Syllables.count("recipes")).isEqualTo(3);
        assertThat(Syllables.count("businesses")).isEqualTo(3);
        assertThat(Syllables.count("Diabetes")).isEqualTo(4);
    }

    @Test
    void compoundsCountTheirHalves() {
        assertThat(Syllables.count("sometimes")).isEqualTo(2);
        assertThat(Syllables.count("lifestyle")).isEqualTo(2);
        assertThat(Syllables.count("everyone")).isEqualTo(3);
        assertThat(Syllables.count("homeopathy")).isEqualTo(5); // not "home" + "opathy"
    }

    private static double accuracy(boolean exceptions, String label) {
        List<String> misses = new ArrayList<>();
        for (Labelled w : words) {
            int counted = Syllables.count(w.word(), exceptions);
            if (counted != w.syllables()) {
                misses.add(w.word() + " (dictionary " + w.syllables() + ", counted " + counted + ")");
            }
        }
        double accuracy = 1.0 - (double) misses.size() / words.size();
        System.out.printf(Locale.ROOT, "Syllables, %s: %d of %d words right (%.1f%%); misses: %s%n", label,
                words.size() - misses.size(), words.size(), 100 * accuracy, misses.isEmpty() ? "none" : String.join(", ", misses));
        return accuracy;
    }
}
