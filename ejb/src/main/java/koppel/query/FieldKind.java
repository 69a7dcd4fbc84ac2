package koppel.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import koppel.common.Dates;
import koppel.common.Ids;
import koppel.common.Texts;

/** How a filter value is read, and whether the field can be compared (__lt, __gt, ...). */
public enum FieldKind {
    TEXT(false, Texts.NOT_STORABLE) {
        @Override
        Optional<Object> parse(String text) {
            return Texts.storable(text) ? Optional.of(text) : Optional.empty();
        }
    },
    ID(false, "Enter a valid UUID.") {
        @Override
        Optional<Object> parse(String text) {
            return Ids.parse(text).map(Object.class::cast);
        }
    },
    BOOLEAN(false, "Enter true or false.") {
        @Override
        Optional<Object> parse(String text) {
            return switch (text) {
                case "true", "True", "1" -> Optional.of(Boolean.TRUE);
                case "false", "False", "0" -> Optional.of(Boolean.FALSE);
                default -> Optional.empty();
            };
        }
    },
    NUMBER(true, "Enter a number.") {
        @Override
        Optional<Object> parse(String text) {
            try {
                BigDecimal number = new BigDecimal(text);
                // No database column holds 1e999999999; refusing it here keeps it from the query.
                return Math.abs(number.scale()) > 30 || number.precision() > 38
                        ? Optional.empty()
                        : Optional.of(number);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    },
    DATE(true, Dates.DATE_FORMAT) {
        @Override
        Optional<Object> parse(String text) {
            return Optional.ofNullable(Dates.date(text));
        }
    },
    /** ISO 8601, or "2019-05-23 10:53:00" (a "+" in a query string is a space); without offset read as UTC. */
    DATETIME(true, Dates.DATETIME_FORMAT) {
        @Override
        Optional<Object> parse(String text) {
            return instant(text).filter(Dates::inRange);
        }

        private static Optional<Object> instant(String text) {
            String iso = text.strip().replace(' ', 'T');
            try {
                return Optional.of(OffsetDateTime.parse(iso).toInstant());
            } catch (DateTimeParseException notWithOffset) {
                try {
                    return Optional.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
                } catch (DateTimeParseException notLocal) {
                    try {
                        return Optional.of(LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC));
                    } catch (DateTimeParseException notADate) {
                        return Optional.empty();
                    }
                }
            }
        }
    };

    private final boolean comparable;
    private final String invalidMessage;

    FieldKind(boolean comparable, String invalidMessage) {
        this.comparable = comparable;
        this.invalidMessage = invalidMessage;
    }

    abstract Optional<Object> parse(String text);

    boolean comparable() {
        return comparable;
    }

    String invalidMessage() {
        return invalidMessage;
    }
}
