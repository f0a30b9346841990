package fr.sav.csvimport;

import fr.sav.csvimport.UnreadableFile.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The file-level error for columns an import needs and the header line lacks. */
final class MissingColumns {

    private MissingColumns() {
    }

    static void check(ImportSchema<?> schema, ColumnMap columns, List<String> headers) {
        List<List<ImportField<?>>> missing = new ArrayList<>();
        schema.fields().stream()
                .filter(field -> field.required() && !columns.has(field))
                .forEach(field -> missing.add(List.of(field)));
        schema.oneOfGroups().stream()
                .filter(group -> group.stream().noneMatch(columns::has))
                .forEach(missing::add);
        if (!missing.isEmpty()) {
            String described = missing.stream().map(MissingColumns::describe).collect(Collectors.joining("; nor for "));
            throw new UnreadableFile(Reason.MISSING_COLUMNS, "The file has no column for " + described
                    + ". Headers found: " + found(headers) + ". The first line must name the columns: rename the "
                    + "column there, or give a mapping such as {\"" + missing.get(0).get(0).name()
                    + "\": \"<your header>\"}.");
        }
    }

    static UnreadableFile mappedHeaderAbsent(ImportField<?> field, String header, List<String> headers) {
        return new UnreadableFile(Reason.MISSING_COLUMNS, "The mapping gives the column '" + header + "' for "
                + field.name() + ", but the file has no such column. Headers found: " + found(headers) + ".");
    }

    private static String describe(List<ImportField<?>> group) {
        String names = group.stream().map(ImportField::name).collect(Collectors.joining(" or "));
        String examples = group.stream()
                .flatMap(field -> field.synonyms().stream().limit(3))
                .map(synonym -> "'" + synonym + "'")
                .collect(Collectors.joining(", "));
        return names + " (a header such as " + examples + ")";
    }

    private static String found(List<String> headers) {
        List<String> named = headers.stream().filter(header -> !header.isEmpty()).map(h -> "'" + h + "'").toList();
        return named.isEmpty() ? "none" : String.join(", ", named);
    }
}
