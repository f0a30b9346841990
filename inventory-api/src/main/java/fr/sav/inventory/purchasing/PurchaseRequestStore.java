package fr.sav.inventory.purchasing;

import fr.sav.inventory.shared.NotFound;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Purchase requests whole: the mapped request, its lines and the history it recorded, loaded and saved together. */
@Singleton
class PurchaseRequestStore {

    private final PurchaseRequestRows rows;
    private final PurchaseRequestLines lines;
    private final PurchaseRequestEvents events;

    PurchaseRequestStore(PurchaseRequestRows rows, PurchaseRequestLines lines, PurchaseRequestEvents events) {
        this.rows = rows;
        this.lines = lines;
        this.events = events;
    }

    /** Saves the request, new or loaded: its row, its lines (new ones added), the steps it recorded. */
    void save(PurchaseRequest request) {
        if (request.id() == null) {
            rows.save(request);
        } else {
            rows.update(request);
        }
        long id = request.id();
        List<PurchaseRequestLine> all = request.lines();
        List<PurchaseRequestLine> stored = all.stream().filter(line -> line.id() != null).toList();
        List<PurchaseRequestLine> added = all.stream().filter(line -> line.id() == null).map(line -> line.of(id)).toList();
        if (!stored.isEmpty()) {
            lines.updateAll(stored);
        }
        if (!added.isEmpty()) {
            lines.saveAll(added);
        }
        events.saveAll(request.takeRecorded().stream().map(step -> step.of(id)).toList());
    }

    /** The supplier's latest DRAFT request without a line of the part, locked. */
    Optional<PurchaseRequest> lockLatestDraftWithout(long supplierId, long partId) {
        return rows.lockLatestWithout(supplierId, PurchaseStatus.DRAFT, partId).map(this::withLines);
    }

    /** Reads the request and locks it until the transaction ends. */
    PurchaseRequest lock(String number) {
        return rows.findByNumberForUpdate(number).map(this::withLines)
                .orElseThrow(() -> new NotFound("purchase request", number));
    }

    PurchaseRequest get(String number) {
        return rows.findByNumber(number).map(this::withLines).orElseThrow(() -> new NotFound("purchase request", number));
    }

    List<PurchaseRequest> find(@Nullable PurchaseStatus status, @Nullable Long supplierId, int limit, long offset) {
        return rows.filtered(status, supplierId, limit, offset).stream().map(this::withLines).toList();
    }

    long count(@Nullable PurchaseStatus status, @Nullable Long supplierId) {
        return rows.countFiltered(status, supplierId);
    }

    List<PurchaseRequestView.Event> history(long requestId) {
        return events.history(requestId);
    }

    /** Pieces of the part on open requests and not received yet. */
    long onOrder(long partId) {
        return lines.outstanding(partId, PurchaseStatus.OPEN);
    }

    private PurchaseRequest withLines(PurchaseRequest request) {
        request.loaded(lines.findByRequestIdOrderByLineNo(request.id()));
        return request;
    }
}
