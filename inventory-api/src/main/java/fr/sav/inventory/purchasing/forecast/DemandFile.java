package fr.sav.inventory.purchasing.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A demand history file in the forecasting-competition layout: CSV, one row per part, the part id first and
 * then one column per week, oldest first. A blank cell is no data: blanks before the first and after the last
 * value are trimmed (a part listed late, or a shorter series), the series keeping the column it starts in; a blank
 * between values is refused. A first row
 * whose week cells are not numbers is a header and is skipped.
 */
final class DemandFile {

    private DemandFile() {
    }

    static List<Series> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<Series> read(BufferedReader reader) throws IOException {
        List<Series> series = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (number == 1 && isHeader(cells)) {
                continue;
            }
            series.add(new Series(unquote(cells[0]), weeks(cells, number), leadingBlanks(cells)));
        }
        return series;
    }

    private static boolean isHeader(String[] cells) {
        for (int i = 1; i < cells.length; i++) {
            String cell = unquote(cells[i]);
            if (!cell.isEmpty() && !cell.matches("-?\\d+(\\.\\d*)?")) {
                return true;
            }
        }
        return false;
    }

    private static int leadingBlanks(String[] cells) {
        int first = 1;
        while (first < cells.length && unquote(cells[first]).isEmpty()) {
            first++;
        }
        return first < cells.length ? first - 1 : 0;
    }

    private static WeeklyDemand weeks(String[] cells, int line) {
        int first = 1;
        while (first < cells.length && unquote(cells[first]).isEmpty()) {
            first++;
        }
        int last = cells.length - 1;
        while (last >= first && unquote(cells[last]).isEmpty()) {
            last--;
        }
        int[] pieces = new int[Math.max(0, last - first + 1)];
        for (int column = first; column <= last; column++) {
            pieces[column - first] = pieces(unquote(cells[column]), line, column);
        }
        return WeeklyDemand.of(pieces);
    }

    private static int pieces(String cell, int line, int column) {
        if (cell.isEmpty()) {
            throw new IllegalArgumentException("line " + line + ", column " + (column + 1)
                    + ": a blank between weeks with data");
        }
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + line + ", column " + (column + 1) + ": '" + cell
                    + "' is not a number");
        }
        if (value < 0 || value != Math.rint(value)) {
            throw new IllegalArgumentException("line " + line + ", column " + (column + 1) + ": " + cell
                    + " is not a whole number of pieces");
        }
        return (int) value;
    }

    private static String unquote(String cell) {
        String trimmed = cell.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1).strip();
        }
        return trimmed;
    }
}
