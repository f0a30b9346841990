package fr.sav.inventory.imports;

import fr.sav.csvimport.CsvImportReader;
import fr.sav.csvimport.DetectedFormat;
import fr.sav.csvimport.ImportRows;
import fr.sav.csvimport.RowResult;
import fr.sav.csvimport.UnreadableFile;
import fr.sav.inventory.shared.FieldRule;
import fr.sav.inventory.shared.InvalidRequest;
import fr.sav.inventory.shared.PageView;
import fr.sav.inventory.shared.Paging;
import fr.sav.inventory.shared.Transactions;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an uploaded CSV through its importer, streaming, a chunk of rows per transaction (on the importer's
 * lanes, while the file is still being read): a row is applied whole or not at all. A dry run changes nothing;
 * {@code onError=abort} first checks the whole file and applies nothing if any row is rejected. Every run leaves
 * a report.
 */
@Singleton
class Imports {

    private final Map<ImportKind, Importer<?>> importers = new LinkedHashMap<>();
    private final ImportReports reports;
    private final Transactions transactions;

    Imports(List<Importer<?>> all, ImportReports reports, Transactions transactions) {
        all.forEach(importer -> importers.put(importer.kind(), importer));
        this.reports = reports;
        this.transactions = transactions;
    }

    ImportReport run(ImportRequest request, Path file) {
        Importer<?> importer = importers.get(request.kind());
        Object target = importer.target(request);
        long id = reports.start(request, request.target());
        Map<String, Object> format = new LinkedHashMap<>();
        ReportBuilder report;
        try {
            if (request.dryRun()) {
                report = pass(importer, target, request, file, false, id, format);
            } else if (request.onError() == ImportRequest.OnError.ABORT) {
                report = pass(importer, target, request, file, false, id, format);
                if (report.rejected > 0) {
                    throw new ImportProblems.Rejected(reports.finish(id, "REJECTED", report, format,
                            "nothing applied: rows were rejected and onError=abort"));
                }
                report = pass(importer, target, request, file, true, id, format);
            } else {
                report = pass(importer, target, request, file, true, id, format);
            }
        } catch (IllegalArgumentException unknownField) {
            reports.finish(id, "FAILED", new ReportBuilder(), format, unknownField.getMessage());
            throw new InvalidRequest("mapping", FieldRule.UNKNOWN_MAPPED_FIELD, unknownField.getMessage(), "fields",
                    String.join(", ", importer.schema().fields().stream().map(field -> field.name()).toList()));
        } catch (UnreadableFile unreadable) {
            reports.finish(id, "FAILED", new ReportBuilder(), format, unreadable.getMessage());
            throw new ImportProblems.Unreadable(unreadable, id);
        } catch (RuntimeException failure) {
            if (!(failure instanceof ImportProblems.Rejected)) {
                reports.finish(id, "FAILED", new ReportBuilder(), format, "stopped: " + failure.getMessage());
            }
            throw failure;
        }
        return reports.finish(id, "DONE", report, format, request.dryRun() ? "dry run: nothing was changed" : null);
    }

    public ImportReport report(long id) {
        return reports.get(id);
    }

    public PageView<ImportReport> reports(Paging paging) {
        return reports.list(paging);
    }

    private <T> ReportBuilder pass(Importer<T> importer, Object target, ImportRequest request, Path file, boolean write,
                                   long id, Map<String, Object> format) {
        ReportBuilder report = new ReportBuilder();
        ReportBuilder applied = new ReportBuilder();
        try (InputStream in = Files.newInputStream(file);
             ImportRows<T> rows = CsvImportReader.open(in, importer.schema(), request.csv());
             Lanes<RowResult.Valid<T>> lanes = new Lanes<>(importer.lanes(request), importer.chunkSize(), "import-" + id,
                     chunk -> apply(importer, target, chunk, request, write, id, applied))) {
            describe(rows.format(), format);
            for (RowResult<T> row : rows) {
                report.rowsRead++;
                if (row instanceof RowResult.Valid<T> valid) {
                    lanes.add(importer.laneKey(valid.value()), valid);
                } else if (row instanceof RowResult.Rejected<T> rejected) {
                    report.reject(rejected.line(), rejected.errors());
                }
            }
            lanes.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report.add(applied);
        return report;
    }

    /** Runs on a lane's thread: the chunk in a transaction of its own, its counts added to the lanes' report. */
    private <T> void apply(Importer<T> importer, Object target, List<RowResult.Valid<T>> chunk, ImportRequest request,
                           boolean write, long id, ReportBuilder applied) {
        ReportBuilder attempt = write
                ? transactions.write(() -> applyOnce(importer, target, chunk, request, true, id))
                : transactions.read(() -> applyOnce(importer, target, chunk, request, false, id));
        synchronized (applied) {
            applied.add(attempt);
        }
    }

    /** One attempt at a chunk, counted apart: a transaction the database rolled back and ran again counts once. */
    private static <T> ReportBuilder applyOnce(Importer<T> importer, Object target, List<RowResult.Valid<T>> chunk,
                                               ImportRequest request, boolean write, long id) {
        ReportBuilder attempt = new ReportBuilder();
        importer.apply(target, chunk, request, write, id, attempt);
        return attempt;
    }

    private static void describe(DetectedFormat detected, Map<String, Object> format) {
        format.put("delimiter", detected.delimiter().name());
        format.put("encoding", detected.charset().name());
        format.put("byteOrderMark", detected.byteOrderMark());
        format.put("decimalSeparator", detected.decimalSeparator().name());
        format.put("columns", detected.columns());
        format.put("ignoredHeaders", detected.ignoredHeaders());
    }
}
