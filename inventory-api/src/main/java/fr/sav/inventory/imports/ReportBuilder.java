package fr.sav.inventory.imports;

import java.util.ArrayList;
import java.util.List;

/** Counts what an import pass did and keeps the first 1,000 errors. */
final class ReportBuilder {

    static final int LISTED_ERRORS = 1_000;

    long rowsRead;
    long created;
    long updated;
    long unchanged;
    long rejected;
    long partsCreated;
    long errorsNotListed;
    final List<ImportReport.Problem> errors = new ArrayList<>();

    void reject(long line, List<RowError> rowErrors) {
        rejected++;
        rowErrors.forEach(e -> error(new ImportReport.Problem(e.line(), e.header(), e.field(), e.value(), e.message())));
    }

    void reject(long line, String column, String field, String value, String message) {
        rejected++;
        error(new ImportReport.Problem(line, column, field, value, message));
    }

    void add(ReportBuilder other) {
        created += other.created;
        updated += other.updated;
        unchanged += other.unchanged;
        rejected += other.rejected;
        partsCreated += other.partsCreated;
        other.errors.forEach(this::error);
        errorsNotListed += other.errorsNotListed;
    }

    void count(Enum<?> outcome) {
        switch (outcome.name()) {
            case "CREATED" -> created++;
            case "UPDATED" -> updated++;
            default -> unchanged++;
        }
    }

    private void error(ImportReport.Problem problem) {
        if (errors.size() < LISTED_ERRORS) {
            errors.add(problem);
        } else {
            errorsNotListed++;
        }
    }
}
