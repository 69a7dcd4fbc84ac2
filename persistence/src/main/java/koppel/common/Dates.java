package koppel.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates and datetimes as callers write them, of the years 1 to 9999 only: Java reads year 0 and
 * years with five digits, which the databases, JavaScript clients and DRF-style APIs do not, so
 * such a value would be stored and then fail elsewhere. A datetime's year is checked in UTC too.
 */
public final class Dates {

    /** Django REST framework's words for a value that is not a date, or not of these years. */
    public static final String DATE_FORMAT = "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.";

    public static final String DATETIME_FORMAT =
            "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private Dates() {}

    /** The date of {@code YYYY-MM-DD}, or null when it is not one of the years 1 to 9999. */
    public static LocalDate date(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            return inRange(date.getYear()) ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The instant of an ISO 8601 datetime with offset, or null when it is not one of the years 1 to 9999. */
    public static Instant dateTime(String text) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text);
            return inRange(time.getYear())
                            && inRange(time.atZoneSameInstant(ZoneOffset.UTC).getYear())
                    ? time.toInstant()
                    : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether the instant is of the years 1 to 9999 in UTC (an Object, as filters hold their values). */
    public static boolean inRange(Object instant) {
        return instant instanceof Instant time
                && inRange(time.atOffset(ZoneOffset.UTC).getYear());
    }

    private static boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
