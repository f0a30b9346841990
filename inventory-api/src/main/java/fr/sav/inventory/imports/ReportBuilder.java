package fr.sav.inventory.imports;

import fr.sav.csvimport.RowError;
import fr.sav.inventory.shared.FieldError;
import fr.sav.inventory.shared.FieldRule;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Counts what an import pass did and keeps the first 1,000 errors by line, whatever order they came in. */
final class ReportBuilder {

    static final int LISTED_ERRORS = 1_000;

    long rowsRead;
    long created;
    long updated;
    long unchanged;
    long rejected;
    long partsCreated;
    long errorsNotListed;
    private static final Comparator<ImportReport.Problem> BY_LINE = Comparator.comparingLong(ImportReport.Problem::line);

    /** The listed errors, the last line on top: a new error with an earlier line pushes it out. */
    private final PriorityQueue<ImportReport.Problem> errors = new PriorityQueue<>(BY_LINE.reversed());

    void reject(long line, List<RowError> rowErrors) {
        rejected++;
        rowErrors.forEach(e -> error(new ImportReport.Problem(e.line(), e.header(), e.field(), e.value(), e.message(),
                e.rule().key(), e.facts().isEmpty() ? null : e.facts())));
    }

    /** A row the service refused: the rule and its facts (name, value pairs; a null value is left out). */
    void reject(long line, String field, String value, FieldRule rule, String message, Object... facts) {
        rejected++;
        FieldError refused = FieldError.of(field, rule, message, facts);
        error(new ImportReport.Problem(line, null, field, value, message, refused.rule(), refused.facts()));
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

    List<ImportReport.Problem> listedErrors() {
        return errors.stream().sorted(BY_LINE).toList();
    }

    private void error(ImportReport.Problem problem) {
        errors.add(problem);
        if (errors.size() > LISTED_ERRORS) {
            errors.poll();
            errorsNotListed++;
        }
    }
}
