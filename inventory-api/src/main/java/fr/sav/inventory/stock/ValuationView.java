package fr.sav.inventory.stock;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the stock was worth at an instant, broken down by condition, location or family; EUR. */
@Serdeable
public record ValuationView(Instant at, ValuationBy by, List<Row> rows, BigDecimal total) {

    /** One line of the breakdown: its pieces and their value. */
    @Serdeable
    public record Row(String key, long quantity, BigDecimal value) {
    }
}
