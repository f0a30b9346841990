package fr.sav.inventory.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an import did (or, for a dry run, would do): rows read, created, updated, unchanged and rejected,
 * the first 1,000 errors by line ({@code errorsNotListed} counts the rest), and how the file was read.
 */
@Serdeable
public record ImportReport(long id, ImportKind kind, boolean dryRun, String onError, String status,
                           @Nullable String target, @Nullable String fileName, long rowsRead, long created,
                           long updated, long unchanged, long rejected, long partsCreated,
                           List<Problem> errors, long errorsNotListed, @Nullable Map<String, Object> format,
                           @Nullable String message, Instant startedAt, @Nullable Instant finishedAt) {

    /**
     * One thing wrong in a row: the line in the file, the column, the value and why: the English {@code message},
     * and the {@code rule} with its {@code facts} that a page says in the user's language (a {@code RowRule} of the
     * CSV library, or a {@code FieldRule}; reports kept before rules were named have none).
     */
    @Serdeable
    public record Problem(long line, @Nullable String column, @Nullable String field, @Nullable String value,
                          String message, @Nullable String rule, @Nullable Map<String, Object> facts) {
    }
}
