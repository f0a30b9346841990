package fr.sav.csvimport;

import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns one CSV record into a typed row, or into the list of everything wrong with it. */
final class RowMapper<T> {

    private static final int SHOWN_VALUE_LENGTH = 60;
    private static final int KEPT_VALUE_LENGTH = 200;

    private final ImportSchema<T> schema;
    private final ColumnMap columns;
    private final DecimalSeparator decimals;

    RowMapper(ImportSchema<T> schema, ColumnMap columns, DecimalSeparator decimals) {
        this.schema = schema;
        this.columns = columns;
        this.decimals = decimals;
    }

    RowResult<T> map(long line, CSVRecord record) {
        List<ImportField<?>> fields = schema.fields();
        Values values = new Values(fields);
        List<RowError> errors = new ArrayList<>(0);
        for (int position = 0; position < fields.size(); position++) {
            int column = columns.column(position);
            String text = column >= 0 && column < record.size() ? Cells.clean(record.get(column)) : "";
            ImportField<?> field = fields.get(position);
            if (text.isEmpty() && field.required()) {
                errors.add(error(line, position, "", field.name() + " is missing", RowRule.REQUIRED, Map.of()));
            } else if (!text.isEmpty()) {
                try {
                    values.put(position, field.type().parse(text, decimals));
                } catch (CellRejected rejected) {
                    errors.add(error(line, position, text, field.name() + " '" + shown(text) + "' " + rejected.problem(),
                            rejected.rule(), rejected.facts()));
                }
            }
        }
        checkOneOfGroups(line, record, errors);
        return errors.isEmpty() ? new RowResult.Valid<>(line, schema.build(values))
                : new RowResult.Rejected<>(line, errors);
    }

    private void checkOneOfGroups(long line, CSVRecord record, List<RowError> errors) {
        for (List<ImportField<?>> group : schema.oneOfGroups()) {
            boolean anyFilled = false;
            for (ImportField<?> field : group) {
                anyFilled |= !cell(record, field).isEmpty();
            }
            if (!anyFilled) {
                List<String> fields = group.stream().map(ImportField::name).toList();
                String names = String.join(" or ", fields);
                errors.add(new RowError(line, names, null, "", names + " is missing: one of them is needed "
                        + "to find the part", RowRule.MISSING, Map.of("fields", fields)));
            }
        }
    }

    private String cell(CSVRecord record, ImportField<?> field) {
        int column = columns.column(schema.fields().indexOf(field));
        return column >= 0 && column < record.size() ? Cells.clean(record.get(column)) : "";
    }

    private RowError error(long line, int position, String value, String message, RowRule rule,
                           Map<String, Object> facts) {
        String kept = value.length() > KEPT_VALUE_LENGTH ? value.substring(0, KEPT_VALUE_LENGTH) + "…" : value;
        return new RowError(line, schema.fields().get(position).name(), columns.header(position), kept, message, rule,
                facts);
    }

    private static String shown(String value) {
        String line = Cells.oneLine(value);
        return line.length() > SHOWN_VALUE_LENGTH ? line.substring(0, SHOWN_VALUE_LENGTH) + "…" : line;
    }
}
