package fr.sav.inventory.field;

import fr.sav.inventory.stock.Condition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A transfer order as clients see it: {@code received} per line once received. */
@Serdeable
public record TransferOrderView(String number, String from, String to, TransferOrderStatus status, List<Line> lines,
                                Instant createdAt, String createdBy, @Nullable Instant shippedAt,
                                @Nullable String shippedBy, @Nullable Instant receivedAt, @Nullable String receivedBy) {

    /** One part in one condition, or one serialized unit. */
    @Serdeable
    public record Line(String sku, String name, Condition condition, @Nullable String serial, int quantity,
                       @Nullable Integer received) {
    }
}
