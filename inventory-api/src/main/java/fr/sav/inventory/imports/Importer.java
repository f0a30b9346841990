package fr.sav.inventory.imports;

import fr.sav.csvimport.ImportSchema;
import fr.sav.csvimport.RowResult;
import java.util.List;

/**
 * Applies the valid rows of one kind of file, a chunk at a time, in the caller's transaction. A row the
 * database side refuses (an unknown part...) is reported and skipped, never half applied.
 */
interface Importer<T> {

    ImportKind kind();

    ImportSchema<T> schema();

    /** Rows applied per transaction: small where each row locks stock that scanners are waiting for. */
    default int chunkSize() {
        return 2_000;
    }

    /** Chunks applied at once, each on its own connection; rows of one {@link #laneKey} stay in one lane, in order. */
    default int lanes(ImportRequest request) {
        return 1;
    }

    /** What two rows applied at once must never share (a supplier reference, a sku...). */
    default Object laneKey(T row) {
        return "";
    }

    /** Checks the import's target (the supplier, the location) before any row is read. */
    Object target(ImportRequest request);

    void apply(Object target, List<RowResult.Valid<T>> rows, ImportRequest request, boolean write, long importId,
               ReportBuilder report);
}
