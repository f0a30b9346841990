package fr.sav.inventory.imports;

import fr.sav.inventory.shared.NotFound;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Import reports, kept so that {@code GET /api/imports/{id}} answers them later. */
@Singleton
class ImportReports {

    private final ImportRuns runs;
    private final Transactions transactions;
    private final ObjectMapper json;
    private final Clock clock;

    ImportReports(ImportRuns runs, Transactions transactions, ObjectMapper json, Clock clock) {
        this.runs = runs;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    long start(ImportRequest request, String target) {
        return transactions.write(() -> runs.save(ImportRun.start(request, target, clock.instant())).id());
    }

    ImportReport finish(long id, String status, ReportBuilder report, Map<String, Object> format, String message) {
        transactions.run(() -> {
            ImportRun run = load(id);
            run.finish(status, report, write(Map.of("listed", report.listedErrors(), "notListed",
                    report.errorsNotListed, "partsCreated", report.partsCreated)), write(format), message,
                    clock.instant());
            runs.update(run);
        });
        return get(id);
    }

    ImportReport get(long id) {
        return transactions.read(() -> report(load(id)));
    }

    PageView<ImportReport> list(Paging paging) {
        return transactions.read(() -> new PageView<>(runs.page(paging.size(), paging.offset()).stream()
                .map(this::report).toList(), paging.page(), paging.size(), runs.count()));
    }

    private ImportRun load(long id) {
        return runs.findById(id).orElseThrow(() -> new NotFound("import", String.valueOf(id)));
    }

    private ImportReport report(ImportRun run) {
        Errors errors = run.errors() == null ? new Errors(List.of(), 0, 0) : read(run.errors(), Argument.of(Errors.class));
        Map<String, Object> format = run.format() == null ? null
                : read(run.format(), Argument.mapOf(String.class, Object.class));
        return new ImportReport(run.id(), run.kind(), run.dryRun(), run.onError().name().toLowerCase(), run.status(),
                run.target(), run.fileName(), run.rowsRead(), run.created(), run.updated(), run.unchanged(),
                run.rejected(), errors.partsCreated(), errors.listed(), errors.notListed(), format, run.message(),
                run.startedAt(), run.finishedAt());
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
