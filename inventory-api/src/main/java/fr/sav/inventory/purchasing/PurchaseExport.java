package fr.sav.inventory.purchasing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The buyers' CSV: one line per request line. Plain, it is comma-separated with decimal points; with
 * {@code excel}, it is what French Excel opens directly: semicolons, decimal commas, a UTF-8 byte order mark.
 */
final class PurchaseExport {

    private static final String[] HEADER = {"number", "supplier", "supplierName", "supplierRef", "sku", "name",
            "quantity", "unitPrice", "lineTotal", "neededBy"};

    private PurchaseExport() {
    }

    static String csv(List<PurchaseViews.ExportLine> lines, boolean excel) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(excel ? ';' : ',').setHeader(HEADER)
                .setRecordSeparator("\r\n").get();
        StringWriter out = new StringWriter();
        if (excel) {
            out.write('\uFEFF');
        }
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (PurchaseViews.ExportLine export : lines) {
                PurchaseRequestView.Line line = export.line();
                printer.printRecord(export.number(), export.supplier().code(), export.supplier().name(),
                        line.supplierRef(), line.sku(), line.name(), line.quantity(), money(line.unitPrice(), excel),
                        money(line.lineTotal(), excel), line.neededBy());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String money(BigDecimal amount, boolean excel) {
        if (amount == null) {
            return "";
        }
        String text = amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        return excel ? text.replace('.', ',') : text;
    }
}
