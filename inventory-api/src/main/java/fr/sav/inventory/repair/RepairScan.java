package fr.sav.inventory.repair;

import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import fr.sav.inventory.stock.PipelineFigure;
import fr.sav.inventory.stock.ScanKind;
import fr.sav.inventory.stock.ScanResolver;
import fr.sav.inventory.stock.ScanResult;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Repair orders seen from the rest of the service: their follow-sheet codes resolve, and they count as in repair. */
@Singleton
class RepairScan implements ScanResolver, PipelineFigure {

    private final RepairOrders orders;
    private final RepairViews views;
    private final Sql sql;
    private final Transactions transactions;

    RepairScan(RepairOrders orders, RepairViews views, Sql sql, Transactions transactions) {
        this.orders = orders;
        this.views = views;
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public Optional<ScanResult> resolve(String code) {
        if (!code.startsWith("RO-")) {
            return Optional.empty();
        }
        return sql.one("SELECT number FROM repair_order WHERE number = ?", row -> row.getString(1), code).map(number -> {
            RepairOrderView order = views.view(orders.get(number), false);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("number", order.number());
            summary.put("status", order.status().name());
            summary.put("owner", order.owner().name());
            if (order.sku() != null) {
                summary.put("sku", order.sku());
            }
            if (order.serial() != null) {
                summary.put("serial", order.serial());
            }
            if (order.location() != null) {
                summary.put("location", order.location());
            }
            return new ScanResult(ScanKind.REPAIR_ORDER, order.number(), summary);
        });
    }

    @Override
    public String name() {
        return "inRepair";
    }

    @Override
    public long count(long partId) {
        return transactions.read(() -> orders.openForPart(partId).size());
    }
}
