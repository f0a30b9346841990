package fr.sav.inventory.imports;

import fr.sav.csvimport.UnreadableFile;
import fr.sav.inventory.shared.DomainException;
import io.micronaut.http.HttpStatus;

import java.util.Map;

/** The problems an upload can meet as a whole. */
final class ImportProblems {

    private ImportProblems() {
    }

    /** The file is not CSV we can read (empty, a PDF, a spreadsheet, binary, no header...): a 400. */
    static final class Unreadable extends DomainException {
        Unreadable(UnreadableFile cause, long reportId) {
            super("unreadable-file", "The file cannot be imported", HttpStatus.BAD_REQUEST, cause.getMessage(),
                    Map.of("reason", cause.reason().name(), "line", cause.line(), "importId", reportId));
        }
    }

    /** onError=abort and some rows were rejected: nothing was applied; the report says why. */
    static final class Rejected extends DomainException {
        Rejected(ImportReport report) {
            super("import-rejected", "Rows were rejected, nothing was imported", HttpStatus.UNPROCESSABLE_ENTITY,
                    report.rejected() + " row(s) rejected; with onError=abort nothing is applied. See the report.",
                    Map.of("report", report));
        }
    }
}
