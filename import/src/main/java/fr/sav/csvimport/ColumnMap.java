package fr.sav.csvimport;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Which column of the file holds each field of a schema (-1 when absent). */
final class ColumnMap {

    private final List<ImportField<?>> fields;
    private final List<String> headers;
    private final int[] columns;

    ColumnMap(List<ImportField<?>> fields, List<String> headers, int[] columns) {
        this.fields = fields;
        this.headers = headers;
        this.columns = columns;
    }

    int column(int fieldPosition) {
        return columns[fieldPosition];
    }

    boolean has(ImportField<?> field) {
        return columns[fields.indexOf(field)] >= 0;
    }

    String header(int fieldPosition) {
        return columns[fieldPosition] >= 0 ? headers.get(columns[fieldPosition]) : null;
    }

    /** Our field name to their header, in schema order, for the fields found. */
    Map<String, String> used() {
        Map<String, String> used = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            if (columns[i] >= 0) {
                used.put(fields.get(i).name(), headers.get(columns[i]));
            }
        }
        return used;
    }

    /** The non-empty headers no field reads. */
    List<String> ignored() {
        Set<Integer> read = Arrays.stream(columns).boxed().collect(Collectors.toSet());
        return IntStream.range(0, headers.size())
                .filter(column -> !read.contains(column) && !headers.get(column).isEmpty())
                .mapToObj(headers::get)
                .toList();
    }
}
