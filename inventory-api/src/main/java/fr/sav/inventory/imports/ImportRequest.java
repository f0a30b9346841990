package fr.sav.inventory.imports;

import fr.sav.csvimport.CsvOptions;
import io.micronaut.core.annotation.Nullable;

/** The options of an upload: what to import into, and how strictly. */
record ImportRequest(ImportKind kind, @Nullable String target, boolean dryRun, OnError onError, boolean createParts,
                     CsvOptions csv, @Nullable String fileName, String actor) {

    /** What a rejected row does to the rest of the file. */
    enum OnError {
        /** Apply the valid rows, report the others. */
        SKIP,
        /** Apply nothing if any row is rejected (answered 422 with the report). */
        ABORT
    }
}
