package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.SpreadsheetCsv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The buyers' CSV: one line per request line, with its request's status and the quantity received so far. Plain, it is comma-separated with decimal points; with
 * {@code excel}, it is what French Excel opens directly (see {@link SpreadsheetCsv}).
 */
final class PurchaseExport {

    private static final String[] HEADER = {"number", "supplier", "supplierName", "supplierRef", "sku", "name",
            "quantity", "unitPrice", "lineTotal", "neededBy", "status", "receivedQuantity"};

    private PurchaseExport() {
    }

    static String csv(List<PurchaseViews.ExportLine> lines, boolean excel) {
        SpreadsheetCsv csv = SpreadsheetCsv.of(excel, HEADER);
        for (PurchaseViews.ExportLine export : lines) {
            PurchaseRequestView.Line line = export.line();
            csv.row(export.number(), export.supplier().code(), export.supplier().name(), line.supplierRef(), line.sku(),
                    line.name(), line.quantity(), money(line.unitPrice()), money(line.lineTotal()), line.neededBy(),
                    export.status(), line.receivedQuantity());
        }
        return csv.text();
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
