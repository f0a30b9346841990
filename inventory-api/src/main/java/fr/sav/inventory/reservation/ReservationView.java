package fr.sav.inventory.reservation;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What was reserved: {@code sku}, {@code condition}, {@code location} and {@code serial} name the first
 * (usually only) line; {@code lines} lists every part of the stock held when several served the request.
 * {@code source} is the cascade's option it came from; {@code awaiting} names the repair order or purchase
 * request a waiting reservation (no lines yet) waits for.
 */
@Serdeable
public record ReservationView(long id, String reference, String requestedSku, int quantity, String sku,
                              @Nullable Condition condition, @Nullable String location, @Nullable String serial,
                              @Nullable LocalDate neededBy, ReservationStatus status, Instant createdAt,
                              String createdBy, @Nullable Instant closedAt, List<Line> lines, Source source,
                              @Nullable String awaiting) {

    /** One piece of held stock. */
    @Serdeable
    public record Line(String sku, String location, Condition condition, @Nullable String serial, int quantity) {
    }
}
