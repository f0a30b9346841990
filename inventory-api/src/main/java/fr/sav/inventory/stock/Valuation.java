package fr.sav.inventory.stock;

import fr.sav.inventory.shared.Transactions;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/** What the stock is worth (DOMAIN rule 16): now or at any past instant, by condition, location or family. */
@Singleton
class Valuation {

    private final Valuations valuations;
    private final Transactions transactions;

    Valuation(Valuations valuations, Transactions transactions) {
        this.valuations = valuations;
        this.transactions = transactions;
    }

    /**
     * The value of what was issued against a reference (a repair order) net of what came back under it (returns,
     * reversals of its issues), at the value the ledger gave each movement.
     */
    public BigDecimal issuedValue(String reference) {
        return transactions.read(() -> valuations.issuedValue(reference));
    }

    /** The stock's value at that instant (every movement that happened up to it), rows in key order. */
    public ValuationView at(Instant at, ValuationBy by) {
        Instant instant = at.truncatedTo(ChronoUnit.MILLIS);
        List<ValuationView.Row> rows = transactions.read(() -> valuations.at(instant, by)).stream()
                .sorted(by == ValuationBy.CONDITION ? Comparator.comparing(row -> Condition.valueOf(row.key()))
                        : Comparator.comparing(ValuationView.Row::key)).toList();
        return new ValuationView(instant, by, rows,
                rows.stream().map(ValuationView.Row::value).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }
}
