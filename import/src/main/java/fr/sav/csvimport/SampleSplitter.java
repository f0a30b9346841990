package fr.sav.csvimport;

import java.util.ArrayList;
import java.util.List;

/** Splits the detection sample into records, quote-aware, dropping blank records and one cut at the end. */
final class SampleSplitter {

    /** The non-blank records, and the line of a quote left open at the end of the text (0 if none). */
    record Sample(List<SampleRecord> records, long openQuoteLine) {
    }

    private SampleSplitter() {
    }

    static Sample split(String text, char delimiter, boolean complete, int maxRecords) {
        CsvScanner scanner = new CsvScanner(delimiter);
        List<SampleRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long recordLine = 1;
        for (int i = 0; i < text.length() && records.size() < maxRecords; i++) {
            switch (scanner.next(text.charAt(i))) {
                case CONTENT -> field.append(text.charAt(i));
                case FIELD_END -> fields.add(Cells.clean(take(field)));
                case RECORD_END -> {
                    fields.add(Cells.clean(take(field)));
                    addUnlessBlank(records, recordLine, fields);
                    fields = new ArrayList<>();
                    recordLine = scanner.line();
                }
                case SKIP -> {
                }
            }
        }
        if (complete && !scanner.inQuotes() && records.size() < maxRecords) {
            fields.add(Cells.clean(take(field)));
            addUnlessBlank(records, recordLine, fields);
        }
        return new Sample(records, scanner.inQuotes() ? scanner.quoteLine() : 0);
    }

    private static String take(StringBuilder field) {
        String value = field.toString();
        field.setLength(0);
        return value;
    }

    private static void addUnlessBlank(List<SampleRecord> records, long line, List<String> fields) {
        SampleRecord record = new SampleRecord(line, List.copyOf(fields));
        if (record.filledWidth() > 0) {
            records.add(record);
        }
    }
}
