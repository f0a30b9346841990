package fr.sav.inventory.imports;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An import as it is kept, the row of {@code import_report}: started RUNNING, then finished once with its counts;
 * its errors and the file's format are stored as JSON text ({@link ImportReports} reads and writes them).
 */
@MappedEntity("import_report")
@Introspected(accessKind = Introspected.AccessKind.FIELD, visibility = Introspected.Visibility.ANY)
final class ImportRun {

    @Id @GeneratedValue @Nullable private Long id;
    private ImportKind kind;
    private boolean dryRun;
    private ImportRequest.OnError onError;
    private String status = "RUNNING";
    @Nullable private String fileName;
    @Nullable private String target;
    private long rowsRead;
    private long created;
    private long updated;
    private long unchanged;
    private long rejected;
    @Nullable private String errors;
    @Nullable private String format;
    @Nullable private String message;
    private Instant startedAt;
    @Nullable private Instant finishedAt;
    private String createdBy;

    /** For Micronaut Data, which loads the row into it; a new run comes from {@link #start}. */
    ImportRun() {
    }

    static ImportRun start(ImportRequest request, @Nullable String target, Instant now) {
        ImportRun run = new ImportRun();
        run.kind = request.kind();
        run.dryRun = request.dryRun();
        run.onError = request.onError();
        run.fileName = request.fileName();
        run.target = target;
        run.startedAt = now;
        run.createdBy = request.actor();
        return run;
    }

    /** The run ended in that status, with the report's counts, its errors and format as JSON, and why if it failed. */
    void finish(String ended, ReportBuilder report, String errorsJson, String formatJson, @Nullable String why,
                Instant now) {
        status = ended;
        rowsRead = report.rowsRead;
        created = report.created;
        updated = report.updated;
        unchanged = report.unchanged;
        rejected = report.rejected;
        errors = errorsJson;
        format = formatJson;
        message = why;
        finishedAt = now;
    }

    @Nullable Long id() {
        return id;
    }

    ImportKind kind() {
        return kind;
    }

    boolean dryRun() {
        return dryRun;
    }

    ImportRequest.OnError onError() {
        return onError;
    }

    String status() {
        return status;
    }

    @Nullable String fileName() {
        return fileName;
    }

    @Nullable String target() {
        return target;
    }

    long rowsRead() {
        return rowsRead;
    }

    long created() {
        return created;
    }

    long updated() {
        return updated;
    }

    long unchanged() {
        return unchanged;
    }

    long rejected() {
        return rejected;
    }

    @Nullable String errors() {
        return errors;
    }

    @Nullable String format() {
        return format;
    }

    @Nullable String message() {
        return message;
    }

    Instant startedAt() {
        return startedAt;
    }

    @Nullable Instant finishedAt() {
        return finishedAt;
    }
}
