package fr.sav.csvimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Reads a whole supplier catalog with the library and prints the row counts and the reading speed. */
public final class CountRows {

    private CountRows() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        long valid = 0;
        long rejected = 0;
        try (InputStream in = java.nio.file.Files.newInputStream(Path.of(args[0]));
             ImportRows<CatalogRow> rows = CsvImportReader.open(in, ImportSchema.SUPPLIER_CATALOG)) {
            for (RowResult<CatalogRow> row : rows) {
                if (row.isValid()) {
                    valid++;
                } else {
                    rejected++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("rows=%d valid=%d rejected=%d seconds=%.2f rowsPerSecond=%.0f maxHeapMB=%d%n",
                valid + rejected, valid, rejected, seconds, (valid + rejected) / seconds,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
