package org.conditioncontent.loader.internal.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * Dates the calendar does not have: a reference's day that its month lacks or that comes without
 * a month, and partial dates written in the right form that name no real date. Each is an error
 * at the value, saying what is wrong rather than repeating the form.
 */
class CalendarDatesTest {

    private static final Path DATES = Path.of("src/test/resources/dates");
    private static final ConditionLoader LOADER = ConditionLoader.builder().rules(RuleSet.none()).build();

    private static String line(Diagnostic d) {
        return d.line() + ":" + d.column() + " " + d.severity().label() + " " + d.rule() + " " + d.pointer() + " " + d.message();
    }

    @Test
    void aReferenceDayItsMonthDoesNotHaveIsAnError() {
        LoadResult result = LOADER.load(DATES.resolve("reference-day-not-in-month.yaml"));
        assertThat(result.diagnostics()).extracting(CalendarDatesTest::line)
                .containsExactly("15:10 error date /references/0/day February 2020 has no day 31; it has 29 days");
        assertThat(result.condition()).isNull();
    }

    @Test
    void aReferenceDayNoYearOfItsMonthHasIsAnErrorWithoutAYear() {
        LoadResult result = LOADER.load(DATES.resolve("reference-day-without-year.yaml"));
        assertThat(result.diagnostics()).extracting(CalendarDatesTest::line)
                .containsExactly("14:10 error date /references/0/day February has no day 30; it has at most 29 days");
        assertThat(result.condition()).isNull();
    }

    @Test
    void february29WithoutAYearIsClean() {
        // Some year has it: without the year, the day cannot be judged wrong.
        LoadResult result = LOADER.load(DATES.resolve("reference-february-29-without-year.yaml"));
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aReferenceDayWithoutAMonthIsAnError() {
        LoadResult result = LOADER.load(DATES.resolve("reference-day-without-month.yaml"));
        assertThat(result.diagnostics()).extracting(CalendarDatesTest::line)
                .containsExactly("14:10 error date /references/0/day A day needs a month: add \"month\" or remove \"day\"");
        assertThat(result.condition()).isNull();
    }

    @Test
    void aReferenceDayItsMonthHasIsClean() {
        LoadResult result = LOADER.load(DATES.resolve("reference-day-in-month.yaml"));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.orThrow().references().get(0).day()).isEqualTo(29);
    }

    @Test
    void aPartialDateInTheRightFormSaysWhatIsWrongWithIt() {
        LoadResult result = LOADER.load(DATES.resolve("impossible-partial-dates.yaml"));
        assertThat(result.diagnostics()).extracting(CalendarDatesTest::line).containsExactly(
                "8:12 error date /published \"published\" is \"2024-13\", but there is no month 13; months are 1 to 12",
                "10:15 error date /review/nextReview \"nextReview\" is \"2030-02-30\", but February 2030 has no day 30; it has 28 days");
    }

    @Test
    void realPartialDatesAreClean() {
        LoadResult result = LOADER.load(DATES.resolve("possible-partial-dates.yaml"));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.condition()).isNotNull();
    }

    @Test
    void aDateInAnotherFormStillGetsTheForm() {
        LoadResult result = LOADER.load("a.yaml", "formatVersion: 2\nid: a\ntitle: A\npublished: October 2019\n", SourceFormat.YAML);
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "\"published\" must be a date written as YYYY, YYYY-MM or YYYY-MM-DD, such as 2019-10, but it is \"October 2019\"");
    }

    @Test
    void aFullDateSaysWhichDayItsMonthLacks() {
        LoadResult result = LOADER.load("a.yaml", """
                formatVersion: 2
                id: a
                title: A
                references:
                  - {type: webpage, title: T, url: "https://example.org/t", accessed: "2023-04-31"}
                """, SourceFormat.YAML);
        assertThat(result.diagnostics()).extracting(Diagnostic::message, Diagnostic::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("\"accessed\" is \"2023-04-31\", but April 2023 has no day 31; it has 30 days",
                        Severity.ERROR));
    }

    @Test
    void problemsAreNamedOnlyForTheFormsOfADate() {
        assertThat(CalendarDates.problem("2019")).isNull();
        assertThat(CalendarDates.problem("2024-02-29")).isNull();
        assertThat(CalendarDates.problem("2023-02-29")).isEqualTo("February 2023 has no day 29; it has 28 days");
        assertThat(CalendarDates.problem("2023-00")).isEqualTo("there is no month 0; months are 1 to 12");
        assertThat(CalendarDates.problem("2023-01-00")).isEqualTo("January 2023 has no day 0; it has 31 days");
        assertThat(CalendarDates.problem("0999")).startsWith("a year has four digits");
        assertThat(CalendarDates.problem("2023/01/01")).isNull();
        assertThat(CalendarDates.problem("May 2024")).isNull();
        assertThat(CalendarDates.problem(2020, null, 3)).isEqualTo("a day needs a month");
        assertThat(CalendarDates.problem(99, 2, 30)).isNull();
    }
}
