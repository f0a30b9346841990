package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.stock.PipelineFigure;
import fr.sav.inventory.stock.ScanKind;
import fr.sav.inventory.stock.ScanResolver;
import fr.sav.inventory.stock.ScanResult;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;

/** Purchase requests seen from the rest of the service: their numbers resolve, and open lines count as on order. */
@Singleton
class PurchaseScan implements ScanResolver, PipelineFigure {

    private final PurchaseRequestStore store;
    private final Sql sql;
    private final Transactions transactions;

    PurchaseScan(PurchaseRequestStore store, Sql sql, Transactions transactions) {
        this.store = store;
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public Optional<ScanResult> resolve(String code) {
        if (!code.startsWith("PR-")) {
            return Optional.empty();
        }
        return sql.one("SELECT r.number, r.status, s.code FROM purchase_request r JOIN supplier s ON s.id = r.supplier_id "
                        + "WHERE r.number = ?",
                row -> new ScanResult(ScanKind.PURCHASE_REQUEST, row.getString(1), Map.of("number", row.getString(1),
                        "status", row.getString(2), "supplier", row.getString(3))), code);
    }

    @Override
    public String name() {
        return "onOrder";
    }

    @Override
    public long count(long partId) {
        return transactions.read(() -> store.onOrder(partId));
    }
}
