package fr.sav.inventory.stock;

import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The {@code at} of a valuation: an instant, or a date meaning the end of that day (UTC); now when not given. */
final class ValuationInstant {

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private ValuationInstant() {
    }

    static Instant parse(@Nullable String text, Instant now) {
        if (text == null || text.isBlank()) {
            return now;
        }
        Instant at = read(text.trim());
        if (at == null || at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
            throw new InvalidRequest("at", FieldRule.VALUATION_INSTANT,
                    "must be a date (2026-03-31, its end of day UTC) "
                    + "or an instant (2026-03-31T18:00:00Z) between 2000 and 2100, not " + text, "value", text);
        }
        return at;
    }

    @Nullable
    private static Instant read(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException unreadable) {
            return null;
        }
    }
}
