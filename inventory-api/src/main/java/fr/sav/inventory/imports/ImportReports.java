package fr.sav.inventory.imports;

import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Import reports, kept so that {@code GET /api/imports/{id}} answers them later. */
@Singleton
class ImportReports {

    private final Sql sql;
    private final Transactions transactions;
    private final ObjectMapper json;
    private final Clock clock;

    ImportReports(Sql sql, Transactions transactions, ObjectMapper json, Clock clock) {
        this.sql = sql;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    long start(ImportRequest request, String target) {
        return transactions.write(() -> sql.insert("INSERT INTO import_report (kind, dry_run, on_error, status, file_name, "
                        + "target, started_at, created_by) VALUES (?, ?, ?, 'RUNNING', ?, ?, ?, ?)", request.kind(),
                request.dryRun(), request.onError(), request.fileName(), target, clock.instant(), request.actor()));
    }

    ImportReport finish(long id, String status, ReportBuilder report, Map<String, Object> format, String message) {
        transactions.run(() -> sql.update("UPDATE import_report SET status = ?, rows_read = ?, created = ?, updated = ?, "
                        + "unchanged = ?, rejected = ?, errors = ?, format = ?, message = ?, finished_at = ? WHERE id = ?",
                status, report.rowsRead, report.created, report.updated, report.unchanged, report.rejected,
                write(Map.of("listed", report.listedErrors(), "notListed", report.errorsNotListed, "partsCreated",
                        report.partsCreated)), write(format), message, clock.instant(), id));
        return get(id);
    }

    ImportReport get(long id) {
        return transactions.read(() -> sql.one("SELECT * FROM import_report WHERE id = ?", this::report, id))
                .orElseThrow(() -> new NotFound("import", String.valueOf(id)));
    }

    PageView<ImportReport> list(Paging paging) {
        return transactions.read(() -> new PageView<>(sql.list("SELECT * FROM import_report ORDER BY id DESC LIMIT ? "
                        + "OFFSET ?", this::report, paging.size(), paging.offset()), paging.page(), paging.size(),
                sql.count("SELECT COUNT(*) FROM import_report")));
    }

    private ImportReport report(ResultSet row) throws SQLException {
        Errors errors = row.getString("errors") == null ? new Errors(List.of(), 0, 0)
                : read(row.getString("errors"), Argument.of(Errors.class));
        Map<String, Object> format = row.getString("format") == null ? null
                : read(row.getString("format"), Argument.mapOf(String.class, Object.class));
        return new ImportReport(row.getLong("id"), ImportKind.valueOf(row.getString("kind")), row.getBoolean("dry_run"),
                row.getString("on_error").toLowerCase(), row.getString("status"), row.getString("target"),
                row.getString("file_name"), row.getLong("rows_read"), row.getLong("created"), row.getLong("updated"),
                row.getLong("unchanged"), row.getLong("rejected"), errors.partsCreated(), errors.listed(),
                errors.notListed(), format, row.getString("message"), Sql.instant(row, "started_at"),
                Sql.instant(row, "finished_at"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored error list of a report. */
    @io.micronaut.serde.annotation.Serdeable
    record Errors(List<ImportReport.Problem> listed, long notListed, long partsCreated) {
    }
}
