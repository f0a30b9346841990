package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.NotFound;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Returns to vendor whole: the mapped return and its lines, with the number of the request they came with. */
@Singleton
class SupplierReturnStore {

    private final SupplierReturnRows rows;
    private final SupplierReturnLines lines;

    SupplierReturnStore(SupplierReturnRows rows, SupplierReturnLines lines) {
        this.rows = rows;
        this.lines = lines;
    }

    void insert(SupplierReturn sent) {
        rows.save(sent);
        sent.lines.forEach(line -> line.returnId = sent.id);
        lines.saveAll(sent.lines);
    }

    void update(SupplierReturn sent) {
        rows.update(sent);
    }

    /** Reads the return and locks it until the transaction ends. */
    SupplierReturn lock(String number) {
        return rows.findByNumberForUpdate(number).map(this::whole)
                .orElseThrow(() -> new NotFound("supplier return", number));
    }

    SupplierReturn get(String number) {
        return rows.findByNumber(number).map(this::whole).orElseThrow(() -> new NotFound("supplier return", number));
    }

    List<SupplierReturn> find(@Nullable Long supplierId, @Nullable SupplierReturnStatus status, int limit, long offset) {
        return rows.filtered(supplierId, status, limit, offset).stream().map(this::whole).toList();
    }

    long count(@Nullable Long supplierId, @Nullable SupplierReturnStatus status) {
        return rows.countFiltered(supplierId, status);
    }

    private SupplierReturn whole(SupplierReturn sent) {
        sent.lines = new ArrayList<>(lines.findByReturnIdOrderByLineNo(sent.id));
        sent.purchaseRequest = sent.purchaseRequestId == null ? null
                : rows.purchaseRequestNumber(sent.purchaseRequestId).orElse(null);
        return sent;
    }
}
