package fr.sav.inventory.exchange;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.stock.PipelineFigure;
import fr.sav.inventory.stock.ScanKind;
import fr.sav.inventory.stock.ScanResolver;
import fr.sav.inventory.stock.ScanResult;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;

/** Exchanges seen from the rest of the service: their numbers resolve, and owed cores count. */
@Singleton
class ExchangeScan implements ScanResolver, PipelineFigure {

    private final ExchangeStore store;
    private final Sql sql;
    private final Transactions transactions;

    ExchangeScan(ExchangeStore store, Sql sql, Transactions transactions) {
        this.store = store;
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public Optional<ScanResult> resolve(String code) {
        if (!code.startsWith("EX-")) {
            return Optional.empty();
        }
        return sql.one("SELECT e.number, e.status, e.customer_ref, p.sku FROM standard_exchange e "
                        + "JOIN part p ON p.id = e.part_id WHERE e.number = ?",
                row -> new ScanResult(ScanKind.EXCHANGE, row.getString(1), Map.of("number", row.getString(1),
                        "status", row.getString(2), "customerRef", row.getString(3), "sku", row.getString(4))), code);
    }

    @Override
    public String name() {
        return "coresOwed";
    }

    @Override
    public long count(long partId) {
        return transactions.read(() -> store.coresOwed(partId));
    }
}
