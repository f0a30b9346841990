package fr.sav.csvimport;

import fr.sav.csvimport.UnreadableFile.Reason;

import java.util.List;

/**
 * Picks the delimiter that splits the header into at least two columns and the following records
 * consistently: a record is consistent when it has two fields or more and no filled field beyond the
 * header's width. Highest share of consistent records wins, then the widest header, then the order of
 * {@link Delimiter}.
 */
final class DelimiterDetector {

    static final int SAMPLE_RECORDS = 50;

    private DelimiterDetector() {
    }

    static Delimiter detect(String sample, boolean complete) {
        Delimiter best = null;
        double bestScore = -1;
        int bestWidth = 0;
        for (Delimiter candidate : Delimiter.values()) {
            List<SampleRecord> records = SampleSplitter.split(sample, candidate.character(), complete, SAMPLE_RECORDS)
                    .records();
            int width = records.isEmpty() ? 0 : records.get(0).filledWidth();
            if (width < 2) {
                continue;
            }
            double score = consistency(records);
            if (score > bestScore || score == bestScore && width > bestWidth) {
                best = candidate;
                bestScore = score;
                bestWidth = width;
            }
        }
        if (best == null) {
            throw singleColumn(sample);
        }
        return best;
    }

    private static double consistency(List<SampleRecord> records) {
        int headerWidth = records.get(0).fields().size();
        List<SampleRecord> rows = records.subList(1, records.size());
        if (rows.isEmpty()) {
            return 1;
        }
        long consistent = rows.stream()
                .filter(row -> row.fields().size() >= 2 && row.filledWidth() <= headerWidth)
                .count();
        return consistent / (double) rows.size();
    }

    private static UnreadableFile singleColumn(String sample) {
        List<String> lines = sample.lines().toList();
        int index = 0;
        while (index < lines.size() - 1 && lines.get(index).isBlank()) {
            index++;
        }
        String firstLine = lines.isEmpty() ? "" : lines.get(index).strip();
        String shown = firstLine.length() > 80 ? firstLine.substring(0, 80) + "…" : firstLine;
        return new UnreadableFile(Reason.SINGLE_COLUMN, index + 1, "The first line ('" + shown + "') holds a single "
                + "column: no ';', ',' or tab separates the columns. A CSV file needs a header line with one "
                + "column name per value, separated by ';', ',' or tabs.");
    }
}
