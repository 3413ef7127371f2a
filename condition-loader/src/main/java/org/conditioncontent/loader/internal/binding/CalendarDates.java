package org.conditioncontent.loader.internal.binding;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Says why a date that is written in the right form names no day of the calendar: "there is no
 * month 13", "February 2030 has no day 30". An editor who wrote {@code 2030-02-30} used the form
 * the format asks for; telling them the form again does not show them the mistake.
 */
final class CalendarDates {

    /** The forms of a date, whatever the numbers: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}. */
    private static final Pattern FORM = Pattern.compile("[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?");

    private CalendarDates() {}

    /**
     * Why a text of the form {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} names no real
     * date.
     *
     * @param text the text as written
     * @return what is wrong, such as "there is no month 13"; {@code null} when the text is not of
     *     one of those forms (the form is then what is wrong) or names a real date
     */
    static @Nullable String problem(String text) {
        if (!FORM.matcher(text).matches()) {
            return null;
        }
        int n = text.length();
        int year = Integer.parseInt(text.substring(0, 4));
        if (year < 1000) {
            return "a year has four digits and starts with 1 to 9, such as 2019";
        }
        Integer month = n >= 7 ? Integer.valueOf(text.substring(5, 7)) : null;
        Integer day = n == 10 ? Integer.valueOf(text.substring(8, 10)) : null;
        return problem(year, month, day);
    }

    /**
     * Why a month and day without a year name no day of the calendar: a month outside 1 to 12, or
     * a day the month never has (February 29 is allowed, as some year has it).
     *
     * @param month the month
     * @param day the day
     * @return what is wrong, such as "April has no day 31; it has at most 30 days"; {@code null}
     *     when some year has that day
     */
    static @Nullable String problem(int month, int day) {
        if (month < 1 || month > 12) {
            return "there is no month " + month + "; months are 1 to 12";
        }
        // Without a year, February may have 29 days: a leap year's lengths.
        int days = Month.of(month).maxLength();
        if (day < 1 || day > days) {
            return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " has no day " + day + "; it has at most " + days
                    + " days";
        }
        return null;
    }

    /**
     * Why a year, month and day name no real date: a month outside 1 to 12, a day without a
     * month, or a day its month does not have. A day is judged only in a year from 1000 to 9999.
     *
     * @param year the year
     * @param month the month; {@code null} for none
     * @param day the day; {@code null} for none
     * @return what is wrong, such as "February 2020 has no day 31"; {@code null} when the date is
     *     real
     */
    static @Nullable String problem(int year, @Nullable Integer month, @Nullable Integer day) {
        if (month != null && (month < 1 || month > 12)) {
            return "there is no month " + month + "; months are 1 to 12";
        }
        if (day == null) {
            return null;
        }
        if (month == null) {
            return "a day needs a month";
        }
        if (year < 1000 || year > 9999) {
            return null; // not a year of an article: the year's own check says so
        }
        int days = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > days) {
            return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has no day " + day
                    + "; it has " + days + " days";
        }
        return null;
    }
}
