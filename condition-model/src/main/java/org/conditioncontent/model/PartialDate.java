package org.conditioncontent.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date written to the precision a publisher gives it: a year ("2019"), a year and
 * month ("2019-10", "Reviewed October 2019") or a full date ("2019-10-04"). Renderers write it
 * at that precision, never inventing a day or a month.
 *
 * <p>The text form is ISO 8601 ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}) and is what
 * {@link #toString()} returns and {@link #parse(String)} reads.
 *
 * @param year the year, 1000 to 9999
 * @param month the month, 1 to 12; absent for a year-only date
 * @param day the day of the month; absent unless {@code month} is given
 */
public record PartialDate(int year, @Nullable Integer month, @Nullable Integer day) implements Comparable<PartialDate> {

    /** How precisely a date is known. */
    public enum Precision {
        /** Only the year. */
        YEAR,
        /** The year and the month. */
        MONTH,
        /** The full date. */
        DAY
    }

    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparing(d -> d.month == null ? 0 : d.month)
            .thenComparing(d -> d.day == null ? 0 : d.day);

    /**
     * Checks the parts.
     *
     * @param year the year, 1000 to 9999
     * @param month the month, 1 to 12; absent for a year-only date
     * @param day the day of the month; absent unless {@code month} is given
     * @throws IllegalArgumentException if a part is out of range, the day does not exist in
     *     that month, or a day is given without a month
     */
    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must be four digits, but it is " + year);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 1 to 12, but it is " + month);
        }
        if (day != null) {
            if (month == null) {
                throw new IllegalArgumentException("a day needs a month");
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(year + "-" + month + " has no day " + day, e);
            }
        }
    }

    /**
     * A year-only date.
     *
     * @param year the year
     * @return the date
     * @throws IllegalArgumentException if the year is not four digits
     */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    /**
     * A year-and-month date.
     *
     * @param year the year
     * @param month the month, 1 to 12
     * @return the date
     * @throws IllegalArgumentException if a part is out of range
     */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    /**
     * A full date.
     *
     * @param date the date
     * @return the same date at day precision
     * @throws IllegalArgumentException if its year is not four digits
     */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @param text the text
     * @return the date, or {@code null} when the text is not one of those forms or names no
     *     real date
     */
    public static @Nullable PartialDate parse(String text) {
        int n = text.length();
        if (n != 4 && n != 7 && n != 10) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : c < '0' || c > '9') {
                return null;
            }
        }
        int year = Integer.parseInt(text.substring(0, 4));
        Integer month = n >= 7 ? Integer.valueOf(text.substring(5, 7)) : null;
        Integer day = n == 10 ? Integer.valueOf(text.substring(8, 10)) : null;
        try {
            return new PartialDate(year, month, day);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @return how precisely this date is known */
    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /**
     * The first day this date can mean: January 1 of a year, the first of a month.
     *
     * @return the earliest full date within this date
     */
    public LocalDate start() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /**
     * The last day this date can mean: December 31 of a year, the last day of a month. A review
     * "due in 2025" is overdue only after the end of 2025.
     *
     * @return the latest full date within this date
     */
    public LocalDate end() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /**
     * Orders dates by year, then month, then day; a less precise date comes before a more
     * precise one that starts on the same day.
     *
     * @param other another date
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    /** @return the ISO 8601 form: {@code 2019}, {@code 2019-10} or {@code 2019-10-04} */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(10).append(year);
        if (month != null) {
            s.append(month < 10 ? "-0" : "-").append(month);
        }
        if (day != null) {
            s.append(day < 10 ? "-0" : "-").append(day);
        }
        return s.toString();
    }
}
