package fr.sav.csvimport;

import java.util.List;

/**
 * Decides a file's decimal separator from the numeric columns of the sample: each value written in a way
 * only one separator explains (12,5 · 0,125 · 1.234,50 · 1.234.567 for a comma; 12.5 · 1,234.50 for a dot)
 * votes, and the majority wins. Without votes, or on a tie, a ';'-separated file uses a comma and a ','- or
 * tab-separated file a dot.
 */
final class DecimalSeparatorDetector {

    private DecimalSeparatorDetector() {
    }

    static DecimalSeparator detect(List<SampleRecord> sample, ImportSchema<?> schema, ColumnMap columns,
                                   Delimiter delimiter) {
        int comma = 0;
        int dot = 0;
        for (SampleRecord record : sample.subList(Math.min(1, sample.size()), sample.size())) {
            for (int position = 0; position < schema.fields().size(); position++) {
                if (!schema.fields().get(position).type().numeric() || columns.column(position) < 0) {
                    continue;
                }
                DecimalSeparator vote = evidence(record.field(columns.column(position)));
                comma += vote == DecimalSeparator.COMMA ? 1 : 0;
                dot += vote == DecimalSeparator.DOT ? 1 : 0;
            }
        }
        if (comma != dot) {
            return comma > dot ? DecimalSeparator.COMMA : DecimalSeparator.DOT;
        }
        return delimiter == Delimiter.SEMICOLON ? DecimalSeparator.COMMA : DecimalSeparator.DOT;
    }

    private static DecimalSeparator evidence(String text) {
        try {
            return text.isEmpty() ? null : NumberText.of(text).evidence();
        } catch (CellRejected notANumber) {
            return null;
        }
    }
}
